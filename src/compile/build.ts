import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FolderTree } from '../load/fs-tree.js';
import type { PrepareBodies } from '../load/prepared-bodies.js';
import { lookup } from '../model/lookup.js';
import type { Framework } from '../model/types.js';
import { loadAndCheck } from '../validate/validate.js';
import type { CompileContext, Target } from './target.js';
import { buildTimestamp } from './timestamp.js';
import { type WriteSummary, writeOutput } from './write.js';

export interface LoadedForBuild {
  framework?: Framework;
  diagnostics: Diagnostic[];
}

/**
 * Loads and checks a framework for building: the same rules as `validate`, so no course ships with a hole.
 * `bodies: false` leaves lesson bodies that come from the parse cache empty (a target that reads them itself);
 * `prepare` has lessons parsed on workers written for rendering too (see LoadOptions).
 */
export async function loadForBuild(
  root: string,
  cacheDir: string | false,
  bodies = true,
  prepare?: PrepareBodies,
): Promise<LoadedForBuild> {
  return loadAndCheck(new FolderTree(root), {
    cacheDir,
    bodies,
    ...(prepare ? { prepare } : {}),
  });
}

/** A compile context over a checked framework read from `root`. */
export function compileContext(
  framework: Framework,
  root: string,
  report: (d: Diagnostic) => void,
): CompileContext {
  return {
    framework,
    look: lookup(framework),
    readFile: (file) => readFile(path.join(root, ...file.split('/'))),
    report,
    timestamp: buildTimestamp(root),
  };
}

/** Compiles one target and writes it atomically into `outDir`. */
export async function compileAndWrite<Options>(
  target: Target<Options>,
  context: CompileContext,
  options: Options,
  outDir: string,
  root: string,
): Promise<WriteSummary> {
  return writeOutput(outDir, target.compile(context, options), root);
}
