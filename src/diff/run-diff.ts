import { UsageError } from '../cli/errors.js';
import { countDiagnostics } from '../diagnostics/diagnostic.js';
import { loadFramework } from '../load/load-framework.js';
import type { ParsedFile } from '../load/parse-file.js';
import type { Framework } from '../model/types.js';
import { StandingWorkers } from '../util/worker-pool.js';
import { diffFrameworks } from './diff-frameworks.js';
import { openSide, type Side } from './sources.js';
import type { DiffResult } from './types.js';

export interface DiffRequest {
  old: string;
  /** Undefined: the working tree. */
  new?: string;
  dir?: string;
  cwd: string;
  cacheDir: string | false;
  /** Told about files that failed to parse (their entities are left out of the diff). */
  warn?(message: string): void;
}

/** Opens both sides, loads them (a blob both refs share is read and parsed once) and diffs them. */
export async function runDiff(request: DiffRequest): Promise<{ result: DiffResult; old: Side; new: Side }> {
  const old = await openSide(request.old, request.dir, request.cwd);
  let now: Side | undefined;
  try {
    // With no --dir, the working tree is read where OLD has the framework.
    const dir = request.dir ?? (request.new === undefined && old.tree.blobId ? old.subdir : undefined);
    now = await openSide(request.new, dir, request.cwd);
    const shared: Shared = { blobs: new Map(), workers: new StandingWorkers() };
    let before: Framework;
    let after: Framework;
    try {
      before = await load(old, 'OLD', request, shared);
      after = await load(now, 'NEW', request, shared);
    } finally {
      await shared.workers.close();
    }
    const result = diffFrameworks(before, after, { old: old.label, new: now.label });
    return { result, old, new: now };
  } finally {
    old.close();
    now?.close();
  }
}

// What the two loads share: parsed blobs (a blob both refs hold is parsed once) and warm parse workers.
interface Shared {
  blobs: Map<string, ParsedFile>;
  workers: StandingWorkers;
}

async function load(side: Side, name: string, request: DiffRequest, shared: Shared): Promise<Framework> {
  const { blobs, workers } = shared;
  const loaded = await loadFramework(side.tree, {
    cacheDir: request.cacheDir,
    blobs,
    workers,
  });
  if (!loaded.framework) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    throw new UsageError(
      `Cannot read the framework of ${name} (${side.label}): ${first ? `${first.file}: ${first.message}` : 'no manifest'}`,
      `Run \`curriculum validate\` on that version to see every problem.`,
    );
  }
  const { error } = countDiagnostics(loaded.diagnostics);
  if (error)
    request.warn?.(
      `${name} (${side.label}) has ${error} error${error === 1 ? '' : 's'}; entities in broken files are left out of the diff. Run \`curriculum validate\` to see them.`,
    );
  return loaded.framework;
}
