import type { Command } from 'commander';
import { isFailing } from '../../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../../diagnostics/formatters/index.js';
import { FolderTree } from '../../load/fs-tree.js';
import { loadAndCheck } from '../../validate/validate.js';
import { ExitCode } from '../errors.js';
import { frameworkDir } from '../framework-dir.js';
import { type CacheFlags, cacheOptions, cacheSetting, diagnosticFormatOption } from '../options.js';
import { printDiagnostics } from '../report.js';

interface ValidateFlags extends CacheFlags {
  format: DiagnosticFormat;
  strict: boolean;
  quiet: boolean;
}

/** `curriculum validate [DIR]`: schemas and cross-reference rules, for editors and CI. */
export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description(
      'check a framework against the format: schemas, references, links, translations and role coverage',
    )
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .addOption(diagnosticFormatOption())
    .option('--strict', 'fail on warnings too', false)
    .option('--quiet', 'report errors only', false);
  for (const option of cacheOptions()) command.addOption(option);
  command.action(async (dir: string | undefined, flags: ValidateFlags) => {
    const root = frameworkDir(dir);
    const { diagnostics } = await loadAndCheck(new FolderTree(root), {
      cacheDir: cacheSetting(flags),
      bodies: false,
      reuseResult: true,
    });
    const shown = flags.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    printDiagnostics(shown, flags.format, root);
    process.exitCode = isFailing(diagnostics, flags.strict) ? ExitCode.invalid : ExitCode.ok;
  });
}
