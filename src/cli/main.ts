import { Command, CommanderError } from 'commander';
import { lowerInliningBudget } from '../util/v8-tuning.js';
import { buildCommand } from './commands/build.js';
import { toolVersion } from './environment.js';
import { ExitCode, UsageError } from './errors.js';

type Register = (command: Command) => void;
type Loader = () => Promise<Register>;

// Each command's module is imported only when that command runs (or for --help): the site, SCORM and question
// targets pull in hundreds of modules that `validate` in CI should not pay for at every start.
const commands: Record<string, Loader> = {
  validate: () => import('./commands/validate.js').then((m) => m.registerValidate),
  coverage: () => import('./commands/coverage.js').then((m) => m.registerCoverage),
  init: () => import('./commands/init.js').then((m) => m.registerInit),
  diff: () => import('./commands/diff.js').then((m) => m.registerDiff),
  serve: () => import('./commands/serve.js').then((m) => m.registerServe),
};
const buildTargets: Record<string, Loader> = {
  scorm: () => import('./commands/build-scorm.js').then((m) => m.registerBuildScorm),
  site: () => import('./commands/build-site.js').then((m) => m.registerBuildSite),
  questions: () => import('./commands/build-questions.js').then((m) => m.registerBuildQuestions),
  exam: () => import('./commands/build-exam.js').then((m) => m.registerBuildExam),
};
const buildAll: Loader = () => import('./commands/build-all.js').then((m) => m.registerBuildAll);

/** Builds the `curriculum` program with the commands `argv` may run registered (all of them for help). */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('curriculum')
    .description(
      'Curriculum as code: validate, check coverage, build and diff a competency framework kept in git.',
    )
    .version(toolVersion())
    .showHelpAfterError('(run with --help for usage)')
    // Lets `build` take options of its own without taking those of its targets (`build site --out x`).
    .enablePositionalOptions()
    .exitOverride();
  const [name, sub] = argv.slice(2);
  const only = (table: Record<string, Loader>, key: string | undefined) =>
    key !== undefined && key in table ? { [key]: table[key]! } : table;
  const build = buildCommand();
  const wanted = name === 'build' ? {} : only(commands, name);
  for (const [commandName, load] of Object.entries(commands)) {
    if (commandName === 'serve') continue;
    if (wanted[commandName]) (await load())(program);
  }
  if (name === 'build' || !(name !== undefined && name in commands)) {
    const targets = name === 'build' ? only(buildTargets, sub) : buildTargets;
    // `build` alone builds every target: its action pulls in all of them, which `build site` does not need.
    if (targets === buildTargets) (await buildAll())(build);
    for (const load of Object.values(targets)) (await load())(build);
  }
  program.addCommand(build);
  if (wanted.serve) (await commands.serve!())(program);
  return program;
}

/** Runs the CLI; maps every failure to an exit code in this one place, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  lowerInliningBudget();
  endQuietlyWhenReaderLeaves(process.stdout);
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return Number(process.exitCode ?? ExitCode.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`curriculum: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `curriculum: internal error: ${message}\nhint: this is a bug in the toolkit; set CURRICULUM_DEBUG=1 for details and please report it.\n`,
    );
    if (process.env.CURRICULUM_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    return ExitCode.usage;
  }
}

// `curriculum diff | head`: once the reader has gone, end as a Unix tool ended by SIGPIPE does (141), without a
// word, rather than with a stack trace about EPIPE.
function endQuietlyWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.closedPipe);
    process.stderr.write(`curriculum: cannot write the output: ${error.message}\n`);
    process.exit(ExitCode.usage);
  });
}
