import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build.js';
import { registerInit } from './commands/init.js';
import { registerValidate } from './commands/validate.js';
import { toolVersion } from './environment.js';
import { ExitCode, UsageError } from './errors.js';

/** Builds the `curriculum` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('curriculum')
    .description(
      'Curriculum as code: validate, check coverage, build and diff a competency framework kept in git.',
    )
    .version(toolVersion())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerValidate(program);
  registerInit(program);
  const build = buildCommand();
  // Build targets register here: registerBuildSite(build), registerBuildScorm(build), ...
  program.addCommand(build);
  return program;
}

/** Runs the CLI; maps every failure to an exit code in this one place, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
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
