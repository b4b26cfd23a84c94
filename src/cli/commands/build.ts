import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { compileContext, type LoadedForBuild, loadForBuild } from '../../compile/build.js';
import type { CompileContext } from '../../compile/target.js';
import { type Diagnostic, DiagnosticError, isFailing } from '../../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../../diagnostics/formatters/index.js';
import type { PrepareBodies } from '../../load/prepared-bodies.js';
import { ExitCode } from '../errors.js';
import { frameworkDir } from '../framework-dir.js';
import { type CacheFlags, cacheOptions, cacheSetting, diagnosticFormatOption } from '../options.js';
import { printDiagnostics } from '../report.js';

export interface BuildFlags extends CacheFlags {
  format: DiagnosticFormat;
}

/**
 * A build subcommand's body: load and check (errors stop the build, printed like `validate`), then `run` with a
 * compile context. Diagnostics the target reports (skipped questions...) are printed after.
 */
export async function runBuild(
  dir: string | undefined,
  flags: BuildFlags,
  run: (context: CompileContext, root: string) => Promise<string>,
  load: { bodies?: boolean; prepareBodies?: string } = {},
): Promise<void> {
  const root = frameworkDir(dir);
  // Lesson bodies written for rendering while they are parsed live in a scratch folder until the build is done.
  const prepare = load.prepareBodies
    ? { module: load.prepareBodies, dir: mkdtempSync(path.join(tmpdir(), 'curriculum-bodies-')) }
    : undefined;
  try {
    await loadAndRun(root, flags, run, load.bodies ?? true, prepare);
  } finally {
    if (prepare) rmSync(prepare.dir, { recursive: true, force: true });
  }
}

async function loadAndRun(
  root: string,
  flags: BuildFlags,
  run: (context: CompileContext, root: string) => Promise<string>,
  bodies: boolean,
  prepare: PrepareBodies | undefined,
): Promise<void> {
  const loaded = await loadForBuild(root, cacheSetting(flags), bodies, prepare);
  await compileLoaded(root, flags, run, loaded);
}

async function compileLoaded(
  root: string,
  flags: BuildFlags,
  run: (context: CompileContext, root: string) => Promise<string>,
  loaded: LoadedForBuild,
): Promise<void> {
  if (!loaded.framework || isFailing(loaded.diagnostics, false)) {
    printDiagnostics(loaded.diagnostics, flags.format, root, process.stderr);
    process.exitCode = ExitCode.invalid;
    return;
  }
  const reported: Diagnostic[] = [];
  const context = compileContext(loaded.framework, root, (d) => reported.push(d));
  let summary: string;
  try {
    summary = await run(context, root);
  } catch (error) {
    if (!(error instanceof DiagnosticError)) throw error;
    const { diagnostic } = error;
    const file = path.isAbsolute(diagnostic.file)
      ? path.relative(root, diagnostic.file).split(path.sep).join('/')
      : diagnostic.file;
    printDiagnostics([{ ...diagnostic, file }], flags.format, root, process.stderr);
    process.exitCode = ExitCode.invalid;
    return;
  }
  const shown = [...loaded.diagnostics.filter((d) => d.severity !== 'info'), ...reported];
  if (shown.length > 0) printDiagnostics(shown, flags.format, root, process.stderr);
  process.stdout.write(summary.endsWith('\n') ? summary : `${summary}\n`);
  process.exitCode = ExitCode.ok;
}

/** Adds the options every build subcommand shares. */
export function withBuildOptions(command: Command): Command {
  command.addOption(diagnosticFormatOption());
  for (const option of cacheOptions()) command.addOption(option);
  return command;
}

/** `curriculum build`: the parent of every target's subcommand (`build site`, `build scorm`, `build questions`...). */
export function buildCommand(): Command {
  return new Command('build').description(
    'compile the framework into course bundles, a learning site and question banks',
  );
}
