import { type Command, Option } from 'commander';
import { focusOnRole } from '../../coverage/focus.js';
import { type CoverageFormat, coverageReporters } from '../../coverage/format/index.js';
import { coverageOf } from '../../coverage/matrix.js';
import { FolderTree } from '../../load/fs-tree.js';
import { loadFramework } from '../../load/load-framework.js';
import { lookup } from '../../model/lookup.js';
import { closest } from '../../validate/closest.js';
import { useColor } from '../environment.js';
import { ExitCode, UsageError } from '../errors.js';
import { frameworkDir } from '../framework-dir.js';
import { type CacheFlags, cacheOptions, cacheSetting } from '../options.js';
import { printDiagnostics } from '../report.js';

interface CoverageFlags extends CacheFlags {
  format: CoverageFormat;
  role?: string;
  locale?: string;
}

/**
 * `curriculum coverage [DIR]`: the roles × competencies × levels matrix on stdout. One load and one pass over the
 * model; exits 1 when a cell a role needs is uncovered, a requirement names a level that does not exist, or a file
 * could not be read (its content is then missing from the counts, and its errors go to stderr).
 */
export function registerCoverage(program: Command): void {
  const command = program
    .command('coverage')
    .description(
      'report which lessons and questions cover each role, competency and level; exit 1 when a needed cell is uncovered',
    )
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .addOption(
      new Option('--format <format>', 'report format')
        .choices(Object.keys(coverageReporters))
        .default('text'),
    )
    .option('--role <id>', 'report on one role only')
    .option('--locale <code>', 'locale of titles (default: the source locale)');
  for (const option of cacheOptions()) command.addOption(option);
  command.action(async (dir: string | undefined, flags: CoverageFlags) => {
    const root = frameworkDir(dir);
    const loaded = await loadFramework(new FolderTree(root), {
      cacheDir: cacheSetting(flags),
      bodies: false,
    });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) printDiagnostics(errors, 'pretty', root, process.stderr);
    const { framework } = loaded;
    if (!framework) {
      process.exitCode = ExitCode.invalid;
      return;
    }
    const locale = flags.locale ?? framework.sourceLocale;
    if (!framework.manifest.locales.includes(locale)) {
      throw new UsageError(
        `--locale ${locale} is not one of the framework's locales`,
        `Pick one of ${framework.manifest.locales.join(', ')}.`,
      );
    }
    let { matrix } = coverageOf(framework, lookup(framework));
    if (flags.role !== undefined) {
      const focused = focusOnRole(matrix, flags.role);
      if (!focused) {
        const suggestion = closest(
          flags.role,
          matrix.roles.map((r) => r.id),
        );
        throw new UsageError(
          `Unknown role ${flags.role}`,
          suggestion ? `Did you mean ${suggestion}?` : `Roles: ${matrix.roles.map((r) => r.id).join(', ')}.`,
        );
      }
      matrix = focused;
    }
    const color = flags.format === 'text' && useColor(process.stdout);
    process.stdout.write(coverageReporters[flags.format](matrix, { color, locale }));
    process.exitCode = matrix.summary.ok && errors.length === 0 ? ExitCode.ok : ExitCode.invalid;
  });
}
