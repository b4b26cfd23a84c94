import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { OutputRecord } from '../../compile/output-record.js';
import type { CompileContext } from '../../compile/target.js';
import { preparedBodyModule } from '../../compile/targets/site/prepared-body.js';
import { siteTarget } from '../../compile/targets/site/site-target.js';
import { stagingFolder, writeOutput } from '../../compile/write.js';
import { UsageError } from '../errors.js';
import { cacheSetting } from '../options.js';
import { formatBytes, shownPath } from '../output-summary.js';
import { type BuildFlags, runBuild, withBuildOptions } from './build.js';

/** Flags of `curriculum build site` (and of `serve`, which builds the same way). */
export interface SiteFlags extends BuildFlags {
  out: string;
  templates?: string;
}

/** `curriculum build site [DIR]`: the static learning site, one tree per locale. */
export function registerBuildSite(build: Command): void {
  const command = build
    .command('site')
    .description('build the static learning site: role paths, lessons, practice quizzes, search, offline')
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .option('--out <dir>', 'output folder, replaced atomically', path.join('dist', 'site'))
    .option('--templates <dir>', 'folder of templates and static files overriding the built-in ones');
  withBuildOptions(command).action(async (dir: string | undefined, flags: SiteFlags) => {
    await runSiteBuild(dir, flags);
  });
}

/** Loads, checks and builds the site (shared with `serve`). */
export function runSiteBuild(dir: string | undefined, flags: SiteFlags): Promise<void> {
  // The site reads the bodies of the lessons whose pages it makes (written for it where the load parsed them, else
  // from their files); the model need not carry them.
  return runBuild(dir, flags, (context, root) => buildSite(context, root, flags), {
    bodies: false,
    prepareBodies: preparedBodyModule,
  });
}

/** Compiles and writes the site; returns the summary line. Shared with `serve`. */
export async function buildSite(context: CompileContext, root: string, flags: SiteFlags): Promise<string> {
  if (
    flags.templates !== undefined &&
    !(existsSync(flags.templates) && statSync(flags.templates).isDirectory())
  ) {
    throw new UsageError(
      `No such templates folder: ${flags.templates}`,
      'Pass a folder holding layout.hbs, lesson.hbs or static/site.css.',
    );
  }
  let made = '';
  const record = OutputRecord.open(cacheSetting(flags), flags.out);
  const summary = await writeOutput(
    flags.out,
    siteTarget.compile(context, {
      root,
      previous: record,
      staging: stagingFolder(flags.out),
      ...(flags.templates !== undefined ? { templates: flags.templates } : {}),
      onPlanned: (fresh, total) => {
        made = ` (${fresh} of ${total} lesson and quiz pages made, the rest unchanged since the last build)`;
      },
    }),
    root,
    record,
  );
  return `Wrote the site: ${summary.files} files (${formatBytes(summary.bytes)}) to ${shownPath(flags.out)}${made}`;
}
