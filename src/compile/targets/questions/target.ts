import type { Question } from '../../../model/types.js';
import { runOnWorkers } from '../../../util/worker-pool.js';
import { workerScript } from '../../../util/worker-script.js';
import type { Artifact, CompileContext, Target } from '../../target.js';
import type { BankTest, FormatName } from './bank.js';
import { type BankJob, type BankOutput, type BankWorld, bankBuilder } from './bank-jobs.js';
import { formats } from './formats.js';

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
  /** The framework's folder, where images are read from. */
  root: string;
}

// Banks of many questions build on every core, one format × locale per worker at a time; small ones here.
const parallelFrom = 2000;

/**
 * Question banks: one file per format and locale, `<format>/<name>.<locale><extension>`. A question a format
 * cannot express is left out of that format and reported once, by id, as a warning.
 */
export const questionBankTarget: Target<QuestionBankOptions> = {
  name: 'questions',
  async *compile(context: CompileContext, options: QuestionBankOptions): AsyncIterable<Artifact> {
    const { framework } = context;
    const index = new Map(framework.questions.map((q, i) => [q, i]));
    const indexOf = (q: Question): number => {
      const i = index.get(q);
      if (i === undefined) throw new Error(`question ${q.id} is not one of the framework's`);
      return i;
    };
    const questions = options.questions.map(indexOf);
    const tests = new Map(
      options.locales.map((locale) => [
        locale,
        options.tests(locale).map((test) => ({
          ...test,
          sections: test.sections.map((s) => ({ ...s, questions: s.questions.map(indexOf) })),
        })),
      ]),
    );
    const jobs: BankJob[] = options.formats.flatMap((format) =>
      options.locales.map((locale) => ({
        format,
        locale,
        name: options.name,
        title: options.title(locale),
        questions,
        tests: tests.get(locale) ?? [],
      })),
    );
    const world: BankWorld = {
      framework: { ...framework, lessons: [], translations: [] },
      root: options.root,
      timestamp: context.timestamp.getTime(),
    };
    const large = options.questions.length * jobs.length >= parallelFrom;
    const outputs = await runOnWorkers<BankJob, BankOutput | Promise<BankOutput>>(jobs, {
      script: workerScript('./bank-worker.js', import.meta.url),
      workerData: world,
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
      threshold: large ? 2 : Number.POSITIVE_INFINITY,
      batchSize: 1,
      inThread: () => bankBuilder(world),
    });
    const reported = new Map<FormatName, Set<string>>();
    for (const [i, job] of jobs.entries()) {
      const output = await outputs[i];
      if (!output) continue;
      const seen = reported.get(job.format) ?? new Set<string>();
      reported.set(job.format, seen);
      for (const { id, diagnostic } of output.skipped) {
        if (!seen.has(id)) context.report(diagnostic);
        seen.add(id);
      }
      yield {
        path: `${job.format}/${options.name}.${job.locale}${formats[job.format].extension}`,
        data: output.data,
      };
    }
  },
};
