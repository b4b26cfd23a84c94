import { type Command, Option } from 'commander';
import { compileAndWrite } from '../../compile/build.js';
import type { CompileContext } from '../../compile/target.js';
import { type FormatName, formatNames } from '../../compile/targets/questions/bank.js';
import { checkFilter, type QuestionFilter, selectQuestions } from '../../compile/targets/questions/select.js';
import { questionBankTarget } from '../../compile/targets/questions/target.js';
import { testsByRole } from '../../compile/targets/questions/tests-by-role.js';
import type { WriteSummary } from '../../compile/write.js';
import type { DiagnosticFormat } from '../../diagnostics/formatters/index.js';
import { pick } from '../../model/text.js';
import type { Question } from '../../model/types.js';
import { closest } from '../../validate/closest.js';
import { UsageError } from '../errors.js';
import { type CacheFlags, cacheOptions } from '../options.js';
import { formatBytes, shownPath } from '../output-summary.js';
import { runBuild } from './build.js';

/** Flags shared by `build questions` and `build exam`. */
export interface BankFlags extends CacheFlags {
  format: string[];
  locale: string[];
  out: string;
  diagnostics: DiagnosticFormat;
}

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** `--format`, `--locale`, `--out`, `--diagnostics` and the cache options (`--format` names bank formats here). */
export function withBankOptions(command: Command, defaultOut: string): Command {
  command
    .option('--format <formats>', `bank formats, comma-separated: ${formatNames.join(', ')} or all`, list)
    .option('--locale <locales>', "locales to export, comma-separated (default: all the manifest's)", list)
    .option('--out <dir>', 'output folder', defaultOut)
    .addOption(
      new Option('--diagnostics <format>', 'how to print diagnostics')
        .choices(['pretty', 'json', 'sarif', 'github'])
        .default('pretty'),
    );
  for (const option of cacheOptions()) command.addOption(option);
  return command;
}

/** The formats asked for, in the registry's order; `all` or nothing means every one. */
export function chosenFormats(asked: readonly string[] | undefined): FormatName[] {
  if (!asked || asked.length === 0 || asked.includes('all')) return [...formatNames];
  for (const name of asked) {
    if ((formatNames as readonly string[]).includes(name)) continue;
    const near = closest(name, formatNames);
    throw new UsageError(
      `Unknown format \`${name}\``,
      `${near ? `Did you mean \`${near}\`? ` : ''}Formats: ${formatNames.join(', ')}, all.`,
    );
  }
  return formatNames.filter((f) => asked.includes(f));
}

/** The locales asked for (default: every locale of the manifest). */
export function chosenLocales(asked: readonly string[] | undefined, context: CompileContext): string[] {
  const locales = context.framework.manifest.locales;
  if (!asked || asked.length === 0) return [...locales];
  for (const locale of asked) {
    if (!locales.includes(locale))
      throw new UsageError(`Unknown locale \`${locale}\``, `The framework's locales: ${locales.join(', ')}.`);
  }
  return locales.filter((l) => asked.includes(l));
}

/** Runs a bank build with the shared flags: `--diagnostics` picks how diagnostics print. */
export function runBankBuild(
  dir: string | undefined,
  flags: BankFlags,
  run: (context: CompileContext, root: string) => Promise<string>,
): Promise<void> {
  return runBuild(dir, { ...flags, format: flags.diagnostics }, run);
}

interface QuestionsFlags extends BankFlags {
  role?: string[];
  level?: string[];
  competency?: string[];
}

/** `curriculum build questions [DIR]`: question banks for LMSs and exam platforms, one per format and locale. */
export function registerBuildQuestions(build: Command): void {
  const command = build
    .command('questions')
    .description('export the question bank to QTI 2.1, QTI 3.0, Moodle XML, GIFT, Aiken, CSV and JSON')
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .option('--role <ids>', 'only what these roles need (comma-separated)', list)
    .option('--level <ids>', 'only these levels (comma-separated)', list)
    .option('--competency <ids>', 'only these competencies (comma-separated)', list);
  withBankOptions(command, 'dist/questions');
  command.action(async (dir: string | undefined, flags: QuestionsFlags) => {
    await runBankBuild(dir, flags, async (context, root) => {
      const formats = chosenFormats(flags.format);
      const locales = chosenLocales(flags.locale, context);
      const filter: QuestionFilter = {
        roles: flags.role ?? [],
        levels: flags.level ?? [],
        competencies: flags.competency ?? [],
      };
      checkFilter(filter, context.look);
      const { summary, questions } = await writeQuestionBanks(
        context,
        root,
        { formats, locales, filter },
        flags.out,
      );
      return `Wrote ${summary.files} files (${formatBytes(summary.bytes)}) to ${shownPath(flags.out)}: ${questions.length} questions, ${formats.join(', ')} × ${locales.join(', ')}`;
    });
  });
}

/** Selects the questions and writes one bank per format and locale into `out`; shared with `curriculum build`. */
export async function writeQuestionBanks(
  context: CompileContext,
  root: string,
  choice: { formats: FormatName[]; locales: string[]; filter: QuestionFilter },
  out: string,
): Promise<{ summary: WriteSummary; questions: Question[] }> {
  const { framework, look } = context;
  const questions = selectQuestions(framework, look, choice.filter);
  if (questions.length === 0)
    throw new UsageError('No question matches the filter', 'Loosen --role, --level or --competency.');
  const summary = await compileAndWrite(
    questionBankTarget,
    context,
    {
      formats: choice.formats,
      locales: choice.locales,
      name: framework.manifest.id,
      title: (locale) => pick(framework.manifest.title, locale, framework.sourceLocale),
      questions,
      tests: (locale) => testsByRole(questions, locale, framework, look),
      root,
    },
    out,
    root,
  );
  return { summary, questions };
}
