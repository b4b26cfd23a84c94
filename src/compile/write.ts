import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { Artifact } from './target.js';

const maxWritesInFlight = 32;

export interface WriteSummary {
  files: number;
  bytes: number;
}

/**
 * The only step that touches the output folder. Artifacts go into a staging folder beside `outDir` (same file
 * system) and replace it in one swap at the end, so a failed build leaves the previous output untouched.
 */
export async function writeOutput(
  outDir: string,
  artifacts: AsyncIterable<Artifact>,
  sourceRoot: string,
): Promise<WriteSummary> {
  const out = path.resolve(outDir);
  guardOutDir(out, path.resolve(sourceRoot));
  const staging = `${out}.staging-${process.pid}`;
  const previous = `${out}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const summary: WriteSummary = { files: 0, bytes: 0 };
  const seen = new Set<string>();
  const folders = new Set<string>();
  const pending = new Set<Promise<void>>();
  try {
    for await (const artifact of artifacts) {
      const target = safeJoin(staging, artifact.path);
      if (seen.has(artifact.path)) throw new Error(`two artifacts were written to ${artifact.path}`);
      seen.add(artifact.path);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      // Many small files: keep a few writes in flight instead of waiting on each one in turn.
      const write = writeFile(target, artifact.data).then(() => {
        pending.delete(write);
      });
      // Handled here so a failed write is not an unhandled rejection before the race or Promise.all sees it.
      write.catch(() => undefined);
      pending.add(write);
      if (pending.size >= maxWritesInFlight) await Promise.race(pending);
      summary.files++;
      summary.bytes +=
        typeof artifact.data === 'string' ? Buffer.byteLength(artifact.data) : artifact.data.byteLength;
    }
    await Promise.all(pending);
    if (existsSync(out)) await rename(out, previous);
    await rename(staging, out);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await Promise.allSettled(pending);
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(out) && existsSync(previous)) await rename(previous, out);
    throw error;
  }
  return summary;
}

/** Refuses output folders that would destroy sources: `/`, the framework root, anything containing or inside it. */
export function guardOutDir(out: string, sourceRoot: string): void {
  const rel = path.relative(out, sourceRoot);
  const inside = path.relative(sourceRoot, out);
  if (out === path.parse(out).root)
    throw new UsageError(`Refusing to write to ${out}`, 'Pass an --out folder such as dist/.');
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new UsageError(
      `Refusing to write to ${out}: it holds the framework's sources`,
      'Pass an --out folder outside the framework, such as dist/.',
    );
  }
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
    throw new UsageError(
      `Refusing to write to ${out}: it is inside the framework's sources`,
      'Pass an --out folder outside the framework, such as dist/.',
    );
  }
}

/** Joins an artifact path under the staging folder, refusing anything that would leave it. */
export function safeJoin(base: string, relative: string): string {
  if (
    relative === '' ||
    path.posix.isAbsolute(relative) ||
    relative.split('/').some((p) => p === '..' || p === '')
  ) {
    throw new Error(`artifact path ${JSON.stringify(relative)} would leave the output folder`);
  }
  return path.join(base, ...relative.split('/'));
}
