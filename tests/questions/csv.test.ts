import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank, inLocale, sourceQuestions } from './helpers.js';
import { plain } from './plain.js';

const source = sourceQuestions();
let out = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'csv']);
  expect(built.result.code, built.result.stderr).toBe(0);
  out = built.out;
});

describe.each(['vi', 'en'])('CSV (%s) read back by csv-parse', (locale) => {
  let rows: Record<string, string>[] = [];
  beforeAll(() => {
    const text = readFileSync(path.join(out, 'csv', `qbank.${locale}.csv`), 'utf8');
    rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  });
  const option = (row: Record<string, string>, k: number, field = 'option') => row[`${field}_${k}`] ?? '';

  it('has one row per question, in bank order', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'data.search.basic.single',
      'data.search.basic.multiple',
      'data.search.basic.tf',
      'data.search.advanced.short',
      'data.search.advanced.numeric',
      'safety.privacy.basic.match',
      'safety.privacy.basic.order',
      'safety.privacy.basic.single2',
      'safety.privacy.advanced.tf',
    ]);
  });

  it.each(source.map((q) => [q.type, q.id, q] as const))('%s %s', (type, id, q) => {
    const row = rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({
      type,
      competency: q.competency,
      level: q.level,
      points: String(q.points ?? 1),
    });
    expect(row.area).toBe(q.competency.split('.')[0]);
    expect(row.stem).toBe(plain(inLocale(q.stem, locale)));
    expect(row.feedback).toBe(q.feedback ? plain(inLocale(q.feedback, locale)) : '');
    const texts = (list: unknown[]) => list.map((t) => plain(inLocale(t, locale)));
    const options = (n: number, field = 'option') =>
      Array.from({ length: n }, (_, i) => option(row, i + 1, field));
    switch (type) {
      case 'single':
      case 'multiple': {
        const choices = q.choices as { text: unknown; correct?: boolean }[];
        expect(options(choices.length)).toEqual(texts(choices.map((c) => c.text)));
        expect(row.answer).toBe(choices.flatMap((c, i) => (c.correct ? [String(i + 1)] : [])).join(';'));
        break;
      }
      case 'true-false':
        expect(row.answer).toBe(String(q.answer));
        break;
      case 'short-answer':
        expect(options((q.answers as unknown[]).length)).toEqual(texts(q.answers as unknown[]));
        break;
      case 'numeric':
        expect([Number(row.answer), Number(row.tolerance)]).toEqual([q.answer, q.tolerance]);
        break;
      case 'matching': {
        const pairs = q.pairs as { left: unknown; right: unknown }[];
        expect(options(pairs.length)).toEqual(texts(pairs.map((p) => p.left)));
        expect(options(pairs.length, 'match')).toEqual(texts(pairs.map((p) => p.right)));
        break;
      }
      case 'ordering':
        expect(options((q.items as unknown[]).length)).toEqual(texts(q.items as unknown[]));
        expect(row.answer).toBe('1;2;3');
    }
  });
});

it('defuses spreadsheet formulas in text cells', async () => {
  const { csvCell } = await import('../../src/compile/targets/questions/csv.js');
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell('-3', false)).toBe('-3');
  expect(csvCell('a, b')).toBe('"a, b"');
});
