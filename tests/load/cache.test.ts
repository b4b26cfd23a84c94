import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadAndCheck } from '../../src/validate/validate.js';
import { minimalFramework, testdir } from '../helpers/testdir.js';

const check = (root: string, cacheDir: string, reuseResult = true) =>
  loadAndCheck(new FolderTree(root), { cacheDir, reuseResult, bodies: false });

describe('the parse cache', () => {
  it('is never stale: an edit is seen on the next run', async () => {
    const root = await testdir(minimalFramework());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    expect((await check(root, cacheDir)).diagnostics).toEqual([]);
    expect((await check(root, cacheDir)).diagnostics).toEqual([]);
    appendFileSync(path.join(root, 'roles/deputy.yaml'), 'oops: 1\n');
    const after = await check(root, cacheDir);
    expect(after.diagnostics.map((d) => d.message)).toContain('Unexpected field `oops`');
  });

  it('gives the same result from cache as without it, file renames included', async () => {
    const root = await testdir(
      minimalFramework({
        'roles/deputy.yaml': 'id: deputy\ntitle: x\nrequires:\n  data.search: intermediate\n',
      }),
    );
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const cold = await loadAndCheck(new FolderTree(root), { cacheDir: false });
    await check(root, cacheDir, false);
    const warm = await check(root, cacheDir, false);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    renameSync(path.join(root, 'roles/deputy.yaml'), path.join(root, 'roles/renamed.yaml'));
    const renamed = await check(root, cacheDir);
    expect(renamed.diagnostics.every((d) => d.file !== 'roles/deputy.yaml')).toBe(true);
    expect(renamed.diagnostics.some((d) => d.file === 'roles/renamed.yaml')).toBe(true);
  });

  it('keeps lesson bodies for builds even when the cache left them out', async () => {
    const root = await testdir(minimalFramework());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    await loadAndCheck(new FolderTree(root), { cacheDir });
    const warm = await loadAndCheck(new FolderTree(root), { cacheDir });
    const lesson = warm.framework?.lessons.find((l) => l.id === 'data.search.basic.keywords');
    expect(lesson?.versions.vi?.body).toBe('Tìm kiếm bằng **từ khóa**.\n');
    expect(lesson?.versions.en?.body).toBe('Search with **keywords**.\n');
  });

  it('reads again a file whose stamp changed, even when its size and modification time were put back', async () => {
    const root = await testdir(minimalFramework());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const role = path.join(root, 'roles/deputy.yaml');
    expect((await check(root, cacheDir)).diagnostics).toEqual([]);
    const { atime, mtime } = statSync(role);
    const text = readFileSync(role, 'utf8');
    // Same length, same mtime: only the change time (and the bytes) tell.
    writeFileSync(role, text.replace('requires:', 'requirez:'));
    utimesSync(role, atime, mtime);
    const after = await check(root, cacheDir);
    expect(after.diagnostics.map((d) => d.message)).toContain('Unexpected field `requirez`');
  });

  it('keeps every parsed file in shards of UTF-16 JSON, and the next run takes them from there', async () => {
    const root = await testdir(minimalFramework());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    await loadAndCheck(new FolderTree(root), { cacheDir });
    const shards = readdirSync(cacheDir).filter((name) => /\.[0-9a-f]\.json$/.test(name));
    const kept = shards.flatMap((name) => {
      const text = readFileSync(path.join(cacheDir, name)).toString('utf16le');
      return (JSON.parse(text) as { entries: [string, { path: string }][] }).entries.map(
        ([, file]) => file.path,
      );
    });
    expect(kept).toContain('roles/deputy.yaml');
    expect(kept).toContain('competencies/data.search.yaml');
    // A shard's entry is what the next run reads: one changed on disk shows in that run's model.
    for (const name of shards) {
      const file = path.join(cacheDir, name);
      const text = readFileSync(file).toString('utf16le');
      writeFileSync(file, Buffer.from(text.replaceAll('Đại biểu', 'Cached'), 'utf16le'));
    }
    const warm = await loadAndCheck(new FolderTree(root), { cacheDir });
    expect(JSON.stringify(warm.framework?.roles)).toContain('Cached');
  });
});
