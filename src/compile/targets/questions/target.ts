import type { Question } from '../../../model/types.js';
import type { Artifact, CompileContext, Target } from '../../target.js';
import { type Bank, type BankTest, type FormatName, skippedDiagnostic } from './bank.js';
import { formats } from './formats.js';
import { TextRenderer } from './text.js';

/** What to export: the chosen questions (in bank order), in which formats and locales, under which name. */
export interface QuestionBankOptions {
  formats: readonly FormatName[];
  locales: readonly string[];
  /** File-name stem of every bank: the framework id, or an exam's id. */
  name: string;
  title(locale: string): string;
  questions: readonly Question[];
  /** The QTI tests (and JSON test lists) of the bank in a locale. */
  tests(locale: string): BankTest[];
}

/**
 * Question banks: one file per format and locale, `<format>/<name>.<locale><extension>`. A question a format
 * cannot express is left out of that format and reported once, by id, as a warning.
 */
export const questionBankTarget: Target<QuestionBankOptions> = {
  name: 'questions',
  async *compile(context: CompileContext, options: QuestionBankOptions): AsyncIterable<Artifact> {
    const render = new TextRenderer(context.framework.files);
    for (const name of options.formats) {
      const format = formats[name];
      const reported = new Set<string>();
      for (const locale of options.locales) {
        const base = {
          name: options.name,
          title: options.title(locale),
          locale,
          render,
          timestamp: context.timestamp,
        };
        const partial: Bank = {
          ...base,
          framework: context.framework,
          look: context.look,
          questions: options.questions,
          tests: [],
          readFile: context.readFile,
        };
        const kept = new Set<Question>();
        for (const q of options.questions) {
          const reason = format.types.has(q.type)
            ? format.reject?.(q, partial)
            : `cannot express ${q.type} questions`;
          if (reason === undefined) {
            kept.add(q);
          } else if (!reported.has(q.id)) {
            reported.add(q.id);
            context.report(skippedDiagnostic(q, format.label, reason));
          }
        }
        const bank: Bank = {
          ...partial,
          questions: options.questions.filter((q) => kept.has(q)),
          tests: keepOnly(options.tests(locale), kept),
        };
        yield {
          path: `${name}/${options.name}.${locale}${format.extension}`,
          data: await format.build(bank),
        };
      }
    }
  },
};

function keepOnly(tests: readonly BankTest[], kept: ReadonlySet<Question>): BankTest[] {
  return tests
    .map((test) => ({
      ...test,
      sections: test.sections
        .map((s) => ({ ...s, questions: s.questions.filter((q) => kept.has(q)) }))
        .filter((s) => s.questions.length > 0),
    }))
    .filter((test) => test.sections.length > 0);
}
