import path from 'node:path';
import type { Command } from 'commander';
import ora from 'ora';
import type { CompileContext } from '../../compile/target.js';
import { formatNames } from '../../compile/targets/questions/bank.js';
import { editions } from '../../compile/targets/scorm/options.js';
import { preparedBodyModule } from '../../compile/targets/site/prepared-body.js';
import { formatBytes, shownPath } from '../output-summary.js';
import { type BuildFlags, runBuild, withBuildOptions } from './build.js';
import { writeQuestionBanks } from './build-questions.js';
import { writeScorm } from './build-scorm.js';
import { buildSite } from './build-site.js';

interface BuildAllFlags extends BuildFlags {
  out: string;
}

/** One output of `curriculum build`, built with its defaults into `<out>/<name>`. */
interface Step {
  name: string;
  run(context: CompileContext, root: string, out: string, flags: BuildAllFlags): Promise<string>;
}

const steps: Step[] = [
  {
    name: 'site',
    run: (context, root, out, flags) => buildSite(context, root, { ...flags, out }),
  },
  {
    name: 'scorm',
    async run(context, root, out) {
      const options = {
        editions: [...editions],
        roles: [],
        levels: [],
        locale: context.framework.sourceLocale,
      };
      const summary = await writeScorm(context, root, options, out);
      return `${summary.files} SCORM packages (${formatBytes(summary.bytes)})`;
    },
  },
  {
    name: 'questions',
    async run(context, root, out) {
      const locales = [...context.framework.manifest.locales];
      // One line per format instead of a warning per skipped question and locale: `build questions` lists them.
      const skipped = new Map<string, Set<string>>();
      const quiet: CompileContext = {
        ...context,
        report(d) {
          const format = /skipped: (\S+) /.exec(d.message)?.[1];
          if (d.ruleId !== 'question-skipped' || !format) return context.report(d);
          skipped.set(format, (skipped.get(format) ?? new Set()).add(d.message));
        },
      };
      const filter = { roles: [], levels: [], competencies: [] };
      const { questions } = await writeQuestionBanks(
        quiet,
        root,
        { formats: [...formatNames], locales, filter },
        out,
      );
      const notes = [...skipped].map(([format, ids]) => `${format} left out ${ids.size} it cannot express`);
      const skippedNote = notes.length ? `; ${notes.join(', ')} (see \`curriculum build questions\`)` : '';
      return `question banks of ${questions.length} questions, ${formatNames.length} formats × ${locales.length} locales${skippedNote}`;
    },
  },
];

/** `curriculum build [DIR]`: every target with its defaults, into dist/site, dist/scorm and dist/questions. */
export function registerBuildAll(build: Command): void {
  // Options after a target's name belong to that target (`build site --out x`), not to `build` itself.
  build
    .enablePositionalOptions()
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .option('--out <dir>', 'parent folder of every output', 'dist');
  withBuildOptions(build).action(async (dir: string | undefined, flags: BuildAllFlags) => {
    await runBuild(
      dir,
      flags,
      async (context, root) => {
        for (const step of steps) {
          const out = path.join(flags.out, step.name);
          const where = shownPath(out);
          const progress = startProgress(`Building ${step.name}…`);
          const started = Date.now();
          try {
            const summary = await step.run(context, root, out, { ...flags, out });
            progress.done(
              `${step.name} → ${where}: ${summary} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
            );
          } catch (error) {
            progress.fail(`${step.name} failed`);
            throw error;
          }
        }
        return `Built ${steps.length} targets from ${path.relative(process.cwd(), root) || '.'} into ${flags.out}`;
      },
      // Lessons parsed on workers leave their bodies written for the site's pages too (SCORM renders its own).
      { prepareBodies: preparedBodyModule },
    );
  });
}

/** A spinner on a terminal (stderr); in CI and pipes, one plain line per finished step on stdout. */
function startProgress(text: string): { done(line: string): void; fail(line: string): void } {
  if (!process.stderr.isTTY || process.env.NO_COLOR || process.env.CI) {
    return {
      done: (line) => process.stdout.write(`${line}\n`),
      fail: (line) => process.stderr.write(`${line}\n`),
    };
  }
  const spinner = ora({ text, stream: process.stderr }).start();
  return { done: (line) => spinner.succeed(line), fail: (line) => spinner.fail(line) };
}
