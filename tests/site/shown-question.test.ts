import { describe, expect, it } from 'vitest';
import { quizQuestion } from '../../src/compile/quiz/quiz-data.js';
import { shownQuestion } from '../../src/compile/targets/site/page-plan.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import type { Question } from '../../src/model/types.js';
import { fixture } from './site-server.js';

describe('shownQuestion', () => {
  it('models every question of every type as the whole question does, in each locale', async () => {
    const { framework } = await loadFramework(new FolderTree(fixture), { cacheDir: false, bodies: false });
    if (!framework) throw new Error('the fixture should load');
    const types = new Set(framework.questions.map((q) => q.type));
    expect(types.size).toBe(7);
    for (const q of framework.questions) {
      for (const locale of ['vi', 'en']) {
        const shown = shownQuestion(q, locale, 'vi');
        expect(quizQuestion(shown, locale, 'vi')).toEqual(quizQuestion(q, locale, 'vi'));
        expect(shown.origin).toEqual({ file: q.origin.file, positions: {} });
      }
    }
  });

  it('keeps one locale of each text, the source when untranslated', () => {
    const q: Question = {
      id: 'x.basic.q1',
      competency: 'x',
      level: 'basic',
      type: 'matching',
      points: 1,
      stem: { vi: 'Ghép', en: 'Match' },
      feedback: { vi: 'Chỉ tiếng Việt' },
      pairs: [{ left: { vi: 'trái', en: 'left' }, right: { vi: 'phải' } }],
      origin: { file: 'questions/x.yaml', positions: { id: { line: 1, column: 5 } } },
    };
    const shown = shownQuestion(q, 'en', 'vi');
    expect(shown).toMatchObject({
      stem: { en: 'Match' },
      feedback: { en: 'Chỉ tiếng Việt' },
      pairs: [{ left: { en: 'left' }, right: { en: 'phải' } }],
    });
    expect(JSON.stringify(shown)).not.toContain('Ghép');
    expect(quizQuestion(shown, 'en', 'vi')).toEqual(quizQuestion(q, 'en', 'vi'));
  });
});
