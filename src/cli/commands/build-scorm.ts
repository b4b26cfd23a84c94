import path from 'node:path';
import { type Command, Option } from 'commander';
import type { CompileContext } from '../../compile/target.js';
import { type Edition, editions, type ScormOptions } from '../../compile/targets/scorm/options.js';
import { planPackages } from '../../compile/targets/scorm/plan.js';
import { scormTarget } from '../../compile/targets/scorm/target.js';
import { type WriteSummary, writeOutput } from '../../compile/write.js';
import { closest } from '../../validate/closest.js';
import { UsageError } from '../errors.js';
import { formatBytes, shownPath } from '../output-summary.js';
import { type BuildFlags, runBuild, withBuildOptions } from './build.js';

interface ScormFlags extends BuildFlags {
  edition?: Edition[];
  out: string;
  role?: string[];
  level?: string[];
  locale?: string;
  questions?: string;
}

/** `curriculum build scorm [DIR]`: one SCORM 1.2 and/or 2004 zip per role × level. */
export function registerBuildScorm(build: Command): void {
  const command = build
    .command('scorm')
    .description('build SCORM 1.2 and 2004 packages, one zip per role and level')
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .addOption(
      new Option('--edition <edition...>', 'SCORM editions to build (default: both)').choices([...editions]),
    )
    .option('--out <dir>', 'output folder, replaced atomically', path.join('dist', 'scorm'))
    .option('--role <id...>', 'build only these roles (default: every role)')
    .option('--level <id...>', 'build only these levels (default: every level)')
    .option('--locale <code>', 'language of the packages (default: the source locale)')
    .option(
      '--questions <n>',
      'questions per competency in a level assessment (default: assessment.minQuestions)',
    );
  withBuildOptions(command).action(async (dir: string | undefined, flags: ScormFlags) => {
    await runBuild(dir, flags, async (context, root) => {
      const options = {
        editions: [...new Set(flags.edition ?? editions)].sort() as Edition[],
        roles: checkIds(
          'role',
          flags.role,
          context.framework.roles.map((r) => r.id),
        ),
        levels: checkIds('level', flags.level, context.look.levelIds),
        locale: checkLocale(flags.locale, context),
        ...(flags.questions !== undefined ? { questionsPerCompetency: positive(flags.questions) } : {}),
      };
      const summary = await writeScorm(context, root, options, flags.out);
      return `Wrote ${summary.files} SCORM packages (${formatBytes(summary.bytes)}) to ${shownPath(flags.out)}`;
    });
  });
}

function checkIds(kind: string, given: string[] | undefined, known: string[]): string[] {
  for (const id of given ?? []) {
    if (known.includes(id)) continue;
    const near = closest(id, known);
    throw new UsageError(
      `Unknown ${kind} ${JSON.stringify(id)}`,
      near ? `Did you mean ${near}?` : `Known ${kind}s: ${known.slice(0, 10).join(', ')}`,
    );
  }
  return given ?? [];
}

function checkLocale(locale: string | undefined, context: CompileContext): string {
  const { locales } = context.framework.manifest;
  if (locale === undefined) return context.framework.sourceLocale;
  if (!locales.includes(locale))
    throw new UsageError(
      `Unknown locale ${JSON.stringify(locale)}`,
      `The framework's locales: ${locales.join(', ')}`,
    );
  return locale;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(
      `Unexpected --questions ${value}, expected a positive integer`,
      'Pass how many questions per competency the assessment draws, e.g. --questions 5.',
    );
  return n;
}

/** Writes the packages `options` asks for into `out`; shared with `curriculum build`. */
export async function writeScorm(
  context: CompileContext,
  root: string,
  options: ScormOptions,
  out: string,
): Promise<WriteSummary> {
  if (planPackages(context, options).length === 0)
    throw new UsageError(
      'No package to build: the chosen roles have no lessons at the chosen levels',
      'Check --role and --level, or add lessons for the role’s competencies.',
    );
  return writeOutput(out, scormTarget.compile(context, options), root);
}
