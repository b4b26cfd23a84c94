import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank, inLocale, sourceQuestions } from './helpers.js';
import { plain } from './plain.js';

interface AikenQuestion {
  stem: string;
  choices: string[];
  answer: number;
}

/** Reads Aiken the way Moodle's importer does: a question line, `X. ` or `X) ` choices, `ANSWER: X`. */
function parseAiken(text: string): AikenQuestion[] {
  const out: AikenQuestion[] = [];
  let current: AikenQuestion | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const choice = /^([A-Z])[.)]\s(.*)$/.exec(line);
    const answer = /^ANSWER:\s*([A-Z])$/.exec(line);
    if (!current) current = { stem: line, choices: [], answer: -1 };
    else if (answer) {
      current.answer = answer[1]!.charCodeAt(0) - 65;
      out.push(current);
      current = undefined;
    } else if (choice) current.choices.push(choice[2]!);
    else throw new Error(`Unexpected line in Aiken: ${line}`);
  }
  if (current) throw new Error('Aiken question without ANSWER');
  return out;
}

const source = sourceQuestions();
let out = '';
let stderr = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'aiken', '--diagnostics', 'json']);
  expect(built.result.code, built.result.stderr).toBe(0);
  out = built.out;
  stderr = built.result.stderr;
});

it('skips every question that is not single-choice, with a warning naming each', () => {
  const { diagnostics } = JSON.parse(stderr) as { diagnostics: { ruleId: string; message: string }[] };
  const named = diagnostics
    .filter((d) => d.ruleId === 'question-skipped')
    .map((d) => /`([^`]+)`/.exec(d.message)?.[1]);
  expect(named.sort()).toEqual(
    source
      .filter((q) => q.type !== 'single')
      .map((q) => q.id)
      .sort(),
  );
});

describe.each(['vi', 'en'])('Aiken (%s)', (locale) => {
  it.each(source.map((q) => [q.type, q.id, q] as const))('%s %s', (type, _id, q) => {
    const parsed = parseAiken(readFileSync(path.join(out, 'aiken', `qbank.${locale}.aiken.txt`), 'utf8'));
    const stem = plain(inLocale(q.stem, locale));
    const found = parsed.find((p) => p.stem === stem);
    if (type !== 'single') {
      expect(found).toBeUndefined();
      return;
    }
    const choices = q.choices as { text: unknown; correct?: boolean }[];
    expect(found, stem).toBeDefined();
    expect(found!.choices).toEqual(choices.map((c) => plain(inLocale(c.text, locale))));
    expect(found!.answer).toBe(choices.findIndex((c) => c.correct));
  });
});
