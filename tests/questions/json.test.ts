import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank, inLocale, sourceQuestions } from './helpers.js';

type Text = { markdown: string; html: string };
const source = sourceQuestions();
let out = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'json']);
  expect(built.result.code, built.result.stderr).toBe(0);
  out = built.out;
});

describe.each(['vi', 'en'])('JSON (%s)', (locale) => {
  let bank: {
    locale: string;
    questions: Record<string, unknown>[];
    tests: { id: string; sections: { competency: string; questions: string[] }[] }[];
  };
  beforeAll(() => {
    bank = JSON.parse(readFileSync(path.join(out, 'json', `qbank.${locale}.json`), 'utf8'));
  });

  it.each(source.map((q) => [q.type, q.id, q] as const))('%s %s keeps every field', (type, id, q) => {
    const j = bank.questions.find((x) => x.id === id)!;
    expect(j).toMatchObject({ type, competency: q.competency, level: q.level, points: q.points ?? 1 });
    const stem = j.stem as Text;
    expect(stem.markdown).toBe(inLocale(q.stem, locale));
    expect(stem.html).not.toMatch(/<script/i);
    if (q.feedback) expect((j.feedback as Text).markdown).toBe(inLocale(q.feedback, locale));
    const md = (list: unknown) => (list as Text[]).map((t) => t.markdown);
    switch (type) {
      case 'single':
      case 'multiple': {
        const choices = q.choices as { text: unknown; correct?: boolean }[];
        const got = j.choices as { text: Text; correct: boolean }[];
        expect(got.map((c) => c.text.markdown)).toEqual(choices.map((c) => inLocale(c.text, locale)));
        expect(got.map((c) => c.correct)).toEqual(choices.map((c) => c.correct === true));
        break;
      }
      case 'true-false':
      case 'numeric':
        expect(j.answer).toBe(q.answer);
        break;
      case 'short-answer':
        expect(j.answers).toEqual((q.answers as unknown[]).map((a) => inLocale(a, locale)));
        break;
      case 'matching':
        expect((j.pairs as { right: Text }[]).map((p) => p.right.markdown)).toEqual(
          (q.pairs as { right: unknown }[]).map((p) => inLocale(p.right, locale)),
        );
        break;
      case 'ordering':
        expect(md(j.items)).toEqual((q.items as unknown[]).map((t) => inLocale(t, locale)));
    }
  });

  it('escapes hostile markup in HTML and lists tests by role and level', () => {
    const single = bank.questions.find((x) => x.id === 'data.search.basic.single')!;
    expect((single.stem as Text).html).toContain('&#x26;');
    expect(bank.tests.map((t) => t.id)).toEqual([
      'clerk.basic',
      'clerk.advanced',
      'deputy.basic',
      'deputy.advanced',
    ]);
    const deputyAdvanced = bank.tests.find((t) => t.id === 'deputy.advanced')!;
    expect(deputyAdvanced.sections.map((s) => s.competency)).toEqual(['data.search']);
  });
});
