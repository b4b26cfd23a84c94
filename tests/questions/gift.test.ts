import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type GIFTQuestion, parse } from 'gift-pegjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank, inLocale, sourceQuestions } from './helpers.js';
import { plain } from './plain.js';

const source = sourceQuestions();
let out = '';
let stderr = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'gift', '--diagnostics', 'json']);
  expect(built.result.code, built.result.stderr).toBe(0);
  out = built.out;
  stderr = built.result.stderr;
});

it('reports the ordering question it cannot express as a warning naming it', () => {
  const { diagnostics } = JSON.parse(stderr) as {
    diagnostics: { ruleId: string; severity: string; message: string; file: string }[];
  };
  const skipped = diagnostics.filter((d) => d.ruleId === 'question-skipped');
  expect(skipped).toHaveLength(1);
  expect(skipped[0]).toMatchObject({ severity: 'warning', file: 'questions/safety.yaml' });
  expect(skipped[0]!.message).toContain('safety.privacy.basic.order');
});

describe.each(['vi', 'en'])('GIFT (%s) read back by gift-pegjs', (locale) => {
  let parsed: GIFTQuestion[] = [];
  beforeAll(() => {
    parsed = parse(readFileSync(path.join(out, 'gift', `qbank.${locale}.gift.txt`), 'utf8'));
  });
  const find = (id: string) => parsed.find((q) => q.type !== 'Category' && q.title === id);

  it('has a category before each competency and level', () => {
    const categories = parsed.filter((q) => q.type === 'Category').map((q) => q.title);
    expect(categories).toEqual([
      '$course$/qbank/data/data.search/basic',
      '$course$/qbank/data/data.search/advanced',
      '$course$/qbank/safety/safety.privacy/basic',
      '$course$/qbank/safety/safety.privacy/advanced',
    ]);
  });

  it.each(source.map((q) => [q.type, q.id, q] as const))('%s %s', (type, id, q) => {
    const g = find(id);
    if (type === 'ordering') {
      expect(g).toBeUndefined();
      return;
    }
    expect(g, id).toBeDefined();
    if (!g || g.type === 'Category' || g.type === 'Description') return;
    expect(g.stem.format).toBe('plain');
    expect(g.stem.text).toBe(plain(inLocale(q.stem, locale)));
    if (q.feedback && 'globalFeedback' in g)
      expect(g.globalFeedback?.text).toBe(plain(inLocale(q.feedback, locale)));
    switch (type) {
      case 'single':
      case 'multiple': {
        const choices = q.choices as { text: unknown; correct?: boolean; feedback?: unknown }[];
        expect(g.type).toBe('MC');
        if (g.type !== 'MC') return;
        expect(g.choices.map((c) => c.text.text)).toEqual(
          choices.map((c) => plain(inLocale(c.text, locale))),
        );
        if (type === 'single')
          expect(g.choices.map((c) => c.isCorrect)).toEqual(choices.map((c) => c.correct === true));
        else
          expect(g.choices.map((c) => (c.weight ?? 0) > 0)).toEqual(choices.map((c) => c.correct === true));
        choices.forEach((c, i) => {
          if (c.feedback) expect(g.choices[i]!.feedback?.text).toBe(inLocale(c.feedback, locale));
        });
        break;
      }
      case 'true-false':
        expect(g.type === 'TF' && g.isTrue).toBe(q.answer);
        break;
      case 'short-answer':
        expect(g.type).toBe('Short');
        if (g.type === 'Short')
          expect(g.choices.map((c) => c.text.text)).toEqual(
            (q.answers as unknown[]).map((a) => inLocale(a, locale)),
          );
        break;
      case 'numeric':
        expect(g.type).toBe('Numerical');
        if (g.type === 'Numerical')
          expect(g.choices).toEqual({ type: 'range', number: q.answer, range: q.tolerance });
        break;
      case 'matching': {
        const pairs = q.pairs as { left: unknown; right: unknown }[];
        expect(g.type).toBe('Matching');
        if (g.type !== 'Matching') return;
        // gift-pegjs hands an escaped character in a sub-answer back as `&&061;`; Moodle unescapes it.
        const decode = (t: string) =>
          t.replace(/&&0*(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
        expect(g.matchPairs.map((p) => decode(p.subanswer))).toEqual(
          pairs.map((p) => inLocale(p.right, locale)),
        );
        // Moodle splits a pair at its first "->": the toolkit writes one in a left side as "→".
        expect(g.matchPairs.map((p) => p.subquestion.text)).toEqual(
          pairs.map((p) => plain(inLocale(p.left, locale)).replaceAll('->', '→')),
        );
      }
    }
  });
});
