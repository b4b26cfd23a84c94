import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoot, GitTree, resolveCommit } from '../../src/load/git-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import type { ParsedFile } from '../../src/load/parse-file.js';
import { gitdir, gitIn } from '../helpers/gitdir.js';
import { edit, fixture } from './fixture.js';

async function open(repo: string, ref: string, subdir = ''): Promise<GitTree> {
  const commit = await resolveCommit(repo, ref);
  const tree = commit && (await GitTree.open(repo, commit, subdir, ref));
  if (!tree) throw new Error(`no ${ref}`);
  return tree;
}

describe('GitTree: a framework read from git objects', () => {
  it('lists, reads and names blobs below the subdir, without a checkout', async () => {
    const big = `${'x'.repeat(300_000)}\n`;
    const repo = await gitdir([
      { 'fw/a.txt': 'a\n', 'fw/sub/ü.txt': 'ü\n', 'fw/big.txt': big, 'other.txt': 'o\n' },
    ]);
    const tree = await open(repo, 'v0', 'fw');
    try {
      expect(await tree.list()).toEqual(['a.txt', 'big.txt', 'sub/ü.txt']);
      const [a, b, c] = await Promise.all(['a.txt', 'big.txt', 'sub/ü.txt'].map((f) => tree.read(f)));
      expect(new TextDecoder().decode(a)).toBe('a\n');
      expect(b?.byteLength).toBe(big.length);
      expect(new TextDecoder().decode(c)).toBe('ü\n');
      expect(tree.blobId('a.txt')).toBe(gitIn(repo, ['rev-parse', 'v0:fw/a.txt']).trim());
      await expect(tree.read('missing.txt')).rejects.toThrow(/No such file/);
    } finally {
      tree.close();
    }
  });

  it('reads a link inside the root as its target and reports one leading outside', async () => {
    const repo = await gitdir([{ 'fw/a.txt': 'a\n', 'secret.txt': 's\n' }]);
    await symlink('a.txt', path.join(repo, 'fw/inside.txt'));
    await symlink('../secret.txt', path.join(repo, 'fw/outside.txt'));
    gitIn(repo, ['add', '-A']);
    gitIn(repo, ['commit', '-q', '-m', 'links']);
    const tree = await open(repo, 'HEAD', 'fw');
    try {
      expect(new TextDecoder().decode(await tree.read('inside.txt'))).toBe('a\n');
      expect([...(await tree.escapingLinks())]).toEqual(['outside.txt']);
    } finally {
      tree.close();
    }
  });

  it('resolves only commits, and finds the shallowest curriculum.yaml', async () => {
    const repo = await gitdir([{ 'a.txt': 'a\n' }]);
    expect(await resolveCommit(repo, 'v0')).toMatch(/^[0-9a-f]{40}$/);
    expect(await resolveCommit(repo, 'nope')).toBeUndefined();
    expect(await resolveCommit(repo, '--output=/tmp/x')).toBeUndefined();
    expect(findRoot(['docs/x.md', 'b/c/curriculum.yaml', 'a/curriculum.yml'])).toBe('a');
    expect(findRoot(['curriculum.yaml', 'x/curriculum.yaml'])).toBe('');
    expect(findRoot(['README.md'])).toBeUndefined();
  });

  it('parses a blob both refs share once: the second load reuses the first one’s result', async () => {
    const repo = await gitdir([fixture(), edit('roles/staff.yaml', 'basic', 'intermediate')]);
    const blobs = new Map<string, ParsedFile>();
    const [v0, v1] = [await open(repo, 'v0'), await open(repo, 'v1')];
    try {
      const a = await loadFramework(v0, { cacheDir: false, blobs });
      const sizeAfterFirst = blobs.size;
      const b = await loadFramework(v1, { cacheDir: false, blobs });
      expect(blobs.size).toBe(sizeAfterFirst + 1);
      expect(b.framework?.competencies[0]).toBe(a.framework?.competencies[0]);
      expect(b.framework?.questions[0]).toBe(a.framework?.questions[0]);
      const staff = (f: typeof a) => f.framework?.roles.find((r) => r.id === 'staff');
      expect(staff(b)).not.toBe(staff(a));
      expect(staff(b)?.requires).toEqual({ 'data.search': 'intermediate' });
    } finally {
      v0.close();
      v1.close();
    }
  });
});
