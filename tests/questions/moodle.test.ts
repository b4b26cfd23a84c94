import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankDir, buildBank, inLocale, sourceQuestions } from './helpers.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag', 'file'].includes(name),
});
const text = (n: unknown) => String(((n as Node | undefined)?.text as string | undefined) ?? '');
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#x26;', '&')
    .replace(/\s+/g, ' ')
    .trim();
const moodleTypes: Record<string, string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  'true-false': 'truefalse',
  'short-answer': 'shortanswer',
  numeric: 'numerical',
  matching: 'matching',
  ordering: 'ordering',
};

const source = sourceQuestions();
let out = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'moodle']);
  expect(built.result.code, built.result.stderr).toBe(0);
  expect(built.result.stderr).not.toContain('question-skipped');
  out = built.out;
});

describe.each(['vi', 'en'])('Moodle XML (%s)', (locale) => {
  let questions: Node[] = [];
  beforeAll(() => {
    const xml = readFileSync(path.join(out, 'moodle', `qbank.${locale}.moodle.xml`), 'utf8');
    questions = ((parser.parse(xml) as Node).quiz as Node).question as Node[];
  });

  it('puts each question under $course$/<framework>/<area>/<competency>/<level>', () => {
    let category = '';
    const seen = new Map<string, string>();
    for (const q of questions) {
      if (q['@_type'] === 'category') category = text(q.category);
      else seen.set(text(q.name), category);
    }
    for (const q of source) {
      const area = q.competency.split('.')[0];
      expect(seen.get(q.id)).toBe(`$course$/qbank/${area}/${q.competency}/${q.level}`);
    }
  });

  it.each(source.map((q) => [q.type, q.id, q] as const))(
    "%s %s maps to Moodle's own type and fields",
    (type, id, q) => {
      const node = questions.find((n) => text(n.name) === id)!;
      expect(node['@_type']).toBe(moodleTypes[type]);
      expect(node.idnumber).toBe(id);
      expect(Number(node.defaultgrade)).toBe(Number(q.points ?? 1));
      const tags = (((node.tags as Node).tag as Node[]) ?? []).map(text);
      expect(tags).toContain(`competency:${q.competency}`);
      expect(tags).toContain(`level:${q.level}`);
      const stem = text(node.questiontext);
      expect(stem).not.toMatch(/<script/i);
      if (q.feedback) expect(plain(text(node.generalfeedback))).toContain(inLocale(q.feedback, locale));
      const answers = (node.answer as Node[] | undefined) ?? [];
      const fractions = answers.map((a) => Number(a['@_fraction']));
      switch (type) {
        case 'single':
        case 'multiple': {
          const choices = q.choices as { text: unknown; correct?: boolean; feedback?: unknown }[];
          expect(node.single).toBe(type === 'single' ? 'true' : 'false');
          expect(answers.map((a) => plain(text(a)))).toEqual(
            choices.map((c) => plain(inLocale(c.text, locale)).replaceAll('`', '')),
          );
          if (type === 'single') expect(fractions).toEqual(choices.map((c) => (c.correct ? 100 : 0)));
          else {
            expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
            expect(fractions.filter((f) => f < 0).reduce((a, b) => a + b, 0)).toBeCloseTo(-100, 3);
          }
          choices.forEach((c, i) => {
            if (c.feedback) expect(plain(text(answers[i]!.feedback))).toBe(inLocale(c.feedback, locale));
          });
          break;
        }
        case 'true-false':
          expect(answers.map(text)).toEqual(['true', 'false']);
          expect(fractions).toEqual(q.answer ? [100, 0] : [0, 100]);
          break;
        case 'short-answer':
          expect(node.usecase).toBe('0');
          expect(answers.map(text)).toEqual((q.answers as unknown[]).map((a) => inLocale(a, locale)));
          break;
        case 'numeric':
          expect(answers.map(text)).toEqual([String(q.answer)]);
          expect(Number(answers[0]!.tolerance)).toBe(Number(q.tolerance));
          break;
        case 'matching': {
          const pairs = q.pairs as { left: unknown; right: unknown }[];
          const subs = node.subquestion as Node[];
          expect(subs.map((s) => text((s.answer as Node[])[0]))).toEqual(
            pairs.map((p) => inLocale(p.right, locale)),
          );
          expect(plain(text(subs[0]))).toBe(inLocale(pairs[0]!.left, locale));
          break;
        }
        case 'ordering':
          expect(answers.map((a) => plain(text(a)))).toEqual(
            (q.items as unknown[]).map((t) => inLocale(t, locale)),
          );
          expect(fractions).toEqual((q.items as unknown[]).map((_, i) => i + 1));
      }
    },
  );

  it('embeds the images a question shows as base64 files and points at them with @@PLUGINFILE@@', () => {
    const node = questions.find((n) => text(n.name) === 'data.search.basic.tf')!;
    const questiontext = node.questiontext as Node;
    expect(text(questiontext)).toContain('src="@@PLUGINFILE@@/assets/img/diagram.svg"');
    const file = (questiontext.file as Node[])[0]!;
    expect(file['@_name']).toBe('diagram.svg');
    expect(file['@_path']).toBe('/assets/img/');
    expect(Buffer.from(String(file['#text']), 'base64')).toEqual(
      readFileSync(path.join(bankDir, 'assets/img/diagram.svg')),
    );
  });
});
