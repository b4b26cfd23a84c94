import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// The benchmark's generator, scaled down: a framework large enough to be parsed on worker threads.
import { generate } from '../../scripts/bench/generate.mjs';
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
});
