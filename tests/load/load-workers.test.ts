import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// The benchmark's generator, scaled down: a framework large enough to be parsed on worker threads.
import { generate } from '../../scripts/bench/generate.mjs';
import { preparedBodyModule } from '../../src/compile/targets/site/prepared-body.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import type { SourceTree } from '../../src/load/source-tree.js';

describe('loading a large framework with nothing cached', () => {
  let root: string;
  beforeAll(async () => {
    root = await generate(path.join(mkdtempSync(path.join(tmpdir(), 'curriculum-large-')), 'fw'), {
      competencies: 12,
    });
  });

  it('gives what reading every file here first gives, though each is read where it is parsed', async () => {
    const folder = new FolderTree(root);
    // The same folder without the path a worker reads from: every file is read and keyed in this thread.
    const here: SourceTree = {
      label: folder.label,
      list: () => folder.list(),
      read: (file) => folder.read(file),
      escapingLinks: () => folder.escapingLinks(),
      stamp: (file) => folder.stamp(file),
    };
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'curriculum-cache-'));
    const onWorkers = await loadFramework(folder, { cacheDir, bodies: false });
    const inThisThread = await loadFramework(here, { cacheDir: false, bodies: false });
    expect(onWorkers.framework?.lessons.length).toBe(12 * 4 * 5);
    expect(onWorkers.diagnostics).toEqual(inThisThread.diagnostics);
    expect(onWorkers.framework).toEqual(inThisThread.framework);
    // What the first load stored serves the next one: the same model, with nothing parsed again.
    const again = await loadFramework(folder, { cacheDir, bodies: false });
    expect(again.framework).toEqual(onWorkers.framework);
  });

  it('keeps in the parse cache what a load in one thread keeps, though workers send each file as JSON', async () => {
    const onWorkers = mkdtempSync(path.join(tmpdir(), 'curriculum-cache-'));
    const scratch = mkdtempSync(path.join(tmpdir(), 'curriculum-scratch-'));
    // As a site build loads: bodies prepared for rendering where they are parsed (none of it is for the cache).
    const loaded = await loadFramework(new FolderTree(root), {
      cacheDir: onWorkers,
      bodies: false,
      prepare: { module: preparedBodyModule, dir: scratch },
    });
    expect(loaded.framework?.lessons.some((l) => Object.values(l.versions)[0]?.prepared)).toBe(true);
    const inThisThread = mkdtempSync(path.join(tmpdir(), 'curriculum-cache-'));
    const before = process.env.CURRICULUM_THREADS;
    process.env.CURRICULUM_THREADS = '1';
    try {
      await loadFramework(new FolderTree(root), { cacheDir: inThisThread, bodies: false });
    } finally {
      if (before === undefined) delete process.env.CURRICULUM_THREADS;
      else process.env.CURRICULUM_THREADS = before;
    }
    const kept = cachedEntries(onWorkers);
    expect(kept.length).toBeGreaterThan(12 * 4 * 5);
    expect(kept).toEqual(cachedEntries(inThisThread));
  });
});

// Every entry of a parse cache's shards, by key.
function cachedEntries(cacheDir: string): [string, unknown][] {
  return readdirSync(cacheDir)
    .filter((name) => /\.[0-9a-f]\.json$/.test(name))
    .flatMap(
      (name) =>
        (
          JSON.parse(readFileSync(path.join(cacheDir, name)).toString('utf16le')) as {
            entries: [string, unknown][];
          }
        ).entries,
    )
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
