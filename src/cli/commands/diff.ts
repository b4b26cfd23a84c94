import { type Command, Option } from 'commander';
import { type DiffFormat, diffFormatters } from '../../diff/formats/index.js';
import { runDiff } from '../../diff/run-diff.js';
import type { ChangeSeverity } from '../../diff/types.js';
import { useColor } from '../environment.js';
import { ExitCode } from '../errors.js';
import { rootPrefix } from '../framework-dir.js';
import { type CacheFlags, cacheOptions, cacheSetting } from '../options.js';

interface DiffFlags extends CacheFlags {
  dir?: string;
  format: DiffFormat;
  failOn?: Exclude<ChangeSeverity, 'info'>;
}

/** `curriculum diff OLD [NEW]`: what changed in meaning between two git refs or folders, for reviewers and CI. */
export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description(
      'compare two versions of a framework by meaning: changes by id, severity, version bump, impact per role',
    )
    .argument('<old>', 'git ref (tag, branch, commit) or folder of the old version')
    .argument('[new]', 'git ref or folder of the new version (default: the working tree)')
    .option(
      '--dir <subdir>',
      'folder of the framework inside the repository (default: where curriculum.yaml is)',
    )
    .addOption(
      new Option('--format <format>', 'how to print the diff')
        .choices(['text', 'markdown', 'json', 'github'])
        .default('text'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a change this severe or worse is found').choices([
        'breaking',
        'warning',
      ]),
    );
  for (const option of cacheOptions()) command.addOption(option);
  command.action(async (old: string, now: string | undefined, flags: DiffFlags) => {
    const { result, ...sides } = await runDiff({
      old,
      new: now,
      dir: flags.dir,
      cwd: process.cwd(),
      cacheDir: cacheSetting(flags),
      warn: (message) => process.stderr.write(`curriculum: warning: ${message}\n`),
    });
    const prefix = { old: rootPrefix(sides.old.root), new: rootPrefix(sides.new.root) };
    process.stdout.write(diffFormatters[flags.format](result, { color: useColor(process.stdout), prefix }));
    const failing =
      flags.failOn === 'breaking'
        ? result.summary.breaking > 0
        : flags.failOn === 'warning' && result.summary.breaking + result.summary.warning > 0;
    process.exitCode = failing ? ExitCode.invalid : ExitCode.ok;
  });
}
