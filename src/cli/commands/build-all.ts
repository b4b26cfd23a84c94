import path from 'node:path';
import type { Command } from 'commander';
import ora from 'ora';
import { compileAndWrite } from '../../compile/build.js';
import type { CompileContext } from '../../compile/target.js';
import { formatNames } from '../../compile/targets/questions/bank.js';
import { selectQuestions } from '../../compile/targets/questions/select.js';
import { questionBankTarget } from '../../compile/targets/questions/target.js';
import { testsByRole } from '../../compile/targets/questions/tests-by-role.js';
import { editions } from '../../compile/targets/scorm/options.js';
import { scormTarget } from '../../compile/targets/scorm/target.js';
import { writeOutput } from '../../compile/write.js';
import { pick } from '../../model/text.js';
import { type BuildFlags, runBuild, withBuildOptions } from './build.js';
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
      const summary = await writeOutput(out, scormTarget.compile(context, options), root);
      return `${summary.files} SCORM packages (${(summary.bytes / 1e6).toFixed(1)} MB)`;
    },
  },
  {
    name: 'questions',
    async run(context, root, out) {
      const { framework, look } = context;
      const questions = selectQuestions(framework, look, { roles: [], levels: [], competencies: [] });
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
      const summary = await compileAndWrite(
        questionBankTarget,
        quiet,
        {
          formats: [...formatNames],
          locales: [...framework.manifest.locales],
          name: framework.manifest.id,
          title: (locale) => pick(framework.manifest.title, locale, framework.sourceLocale),
          questions,
          tests: (locale) => testsByRole(questions, locale, framework, look),
        },
        out,
        root,
      );
      const notes = [...skipped].map(([format, ids]) => `${format} left out ${ids.size} it cannot express`);
      const skippedNote = notes.length ? `; ${notes.join(', ')} (see \`curriculum build questions\`)` : '';
      return `${summary.files} question banks (${questions.length} questions, ${formatNames.length} formats × ${framework.manifest.locales.length} locales${skippedNote})`;
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
    await runBuild(dir, flags, async (context, root) => {
      for (const step of steps) {
        const out = path.join(flags.out, step.name);
        const where = path.relative(process.cwd(), path.resolve(out)) || '.';
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
    });
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
