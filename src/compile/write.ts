import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli/errors.js';
import { trace } from '../util/trace.js';
import type { OutputRecord } from './output-record.js';
import type { Artifact } from './target.js';

const maxWritesInFlight = 32;

export interface WriteSummary {
  files: number;
  bytes: number;
}

/**
 * The only step that touches the output folder. Artifacts go into a staging folder beside `outDir` (same file
 * system) and replace it in one swap at the end, so a failed build leaves the previous output untouched. With a
 * record of the last build, a file made from the same key as last time is hard-linked from the previous output
 * instead of written (the link survives the swap; the old folder is only removed afterwards).
 */
export async function writeOutput(
  outDir: string,
  artifacts: AsyncIterable<Artifact>,
  sourceRoot: string,
  record?: OutputRecord,
): Promise<WriteSummary> {
  const out = path.resolve(outDir);
  guardOutDir(out, path.resolve(sourceRoot));
  const staging = stagingFolder(outDir);
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
      summary.files++;
      if ('placed' in artifact) {
        record?.note(artifact.path, artifact.key, artifact.meta, artifact.placed);
        summary.bytes += artifact.placed.bytes;
        continue;
      }
      if (record) {
        const key = artifact.key ?? createHash('sha1').update(artifactData(artifact)).digest('hex');
        record.note(artifact.path, key, artifact.meta);
        if ('reuse' in artifact || record.reusable(artifact.path, key)) {
          takeOver(record.previousFile(artifact.path), target);
          record.tookOver(artifact.path);
          summary.bytes += record.previousSize(artifact.path) ?? 0;
          continue;
        }
      }
      const data = artifactData(artifact);
      // Many small files: keep a few writes in flight instead of waiting on each one in turn.
      const write = writeFile(target, data).then(() => {
        pending.delete(write);
      });
      // Handled here so a failed write is not an unhandled rejection before the race or Promise.all sees it.
      write.catch(() => undefined);
      pending.add(write);
      if (pending.size >= maxWritesInFlight) await Promise.race(pending);
      summary.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    }
    await Promise.all(pending);
    if (existsSync(out)) await rename(out, previous);
    await rename(staging, out);
    // The old output goes while the record is saved.
    const removal = rm(previous, { recursive: true, force: true });
    await record?.save();
    trace('record saved');
    await removal;
  } catch (error) {
    await Promise.allSettled(pending);
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(out) && existsSync(previous)) await rename(previous, out);
    throw error;
  }
  return summary;
}

/** The folder a build of `outDir` fills before it replaces `outDir` (targets whose workers place files there). */
export function stagingFolder(outDir: string): string {
  return `${path.resolve(outDir)}.staging-${process.pid}`;
}

function artifactData(artifact: Artifact): Uint8Array | string {
  if (!('data' in artifact)) throw new Error(`${artifact.path} was to be reused but no record of it is kept`);
  return artifact.data;
}

// A hard link costs no bytes and no write; across file systems (or where links are refused) a copy does.
function takeOver(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    try {
      copyFileSync(from, to);
    } catch {
      throw new UsageError(
        `${from} changed while this build ran: it was to be kept from the last build`,
        'Run the build again (or with --no-cache, which makes every file anew).',
      );
    }
  }
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
