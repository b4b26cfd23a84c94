import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Lookup } from '../../../model/lookup.js';
import { pick } from '../../../model/text.js';
import type { Framework, Question, QuestionType, Text } from '../../../model/types.js';
import type { TextRenderer } from './text.js';

/** A test over part of a bank: one role and level of the bank, or an exam paper; sections by competency. */
export interface BankTest {
  id: string;
  title: string;
  sections: { competency: string; title: string; questions: Question[] }[];
}

/** What a format gets: the questions to export in one locale, their tests, and the shared helpers. */
export interface Bank {
  /** File-name stem: the framework id, or the exam id. */
  name: string;
  title: string;
  locale: string;
  framework: Framework;
  look: Lookup;
  questions: readonly Question[];
  tests: readonly BankTest[];
  render: TextRenderer;
  readFile(path: string): Promise<Uint8Array>;
  /** Fixed time for zip entries. */
  timestamp: Date;
}

/** One output format of a question bank, registered in `formats`. */
export interface BankFormat {
  /** What the README and `--format` call it. */
  label: string;
  /** File name extension, with its dot. */
  extension: string;
  /** The question types the format can express; others are skipped with a warning. */
  types: ReadonlySet<QuestionType>;
  /** Why the format cannot express this question of a type it takes (too many choices...), if it cannot. */
  reject?(question: Question, bank: Bank): string | undefined;
  /** One file for the bank (a zip for packaged formats). */
  build(bank: Bank): Promise<Uint8Array | string>;
}

/** Resolves a text in the bank's locale (source locale as fallback). */
export function local(bank: Bank, text: Text | undefined): string {
  return pick(text, bank.locale, bank.framework.sourceLocale);
}

/** The area a question's competency belongs to. */
export function areaOf(bank: Bank, question: Question): string {
  return bank.look.competency.get(question.competency)?.area ?? '';
}

/** The warning for a question a format cannot express. */
export function skippedDiagnostic(question: Question, label: string, reason?: string): Diagnostic {
  return {
    ruleId: 'question-skipped',
    severity: 'warning',
    message: `Question \`${question.id}\` (${question.type}) skipped: ${label} ${reason ?? `cannot express ${question.type} questions`}`,
    file: question.origin.file,
    start: question.origin.positions.id ?? question.origin.positions[''],
    hint: `Leave it out with --competency/--level, or pick a format that takes ${question.type} (qti21, qti30, moodle, json, csv).`,
  };
}

/** `--format all` and the default: every format, in this order. */
export type FormatName = 'qti21' | 'qti30' | 'moodle' | 'gift' | 'aiken' | 'csv' | 'json';
export const formatNames: readonly FormatName[] = [
  'qti21',
  'qti30',
  'moodle',
  'gift',
  'aiken',
  'csv',
  'json',
];
