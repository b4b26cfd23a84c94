import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/types.js';
import { gitdir } from '../helpers/gitdir.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { edit, fixture } from './fixture.js';

// v0 the fixture; v1 breaks (a question re-keyed, a role's requirement raised) without a major bump.
const change = {
  ...edit('questions/search.yaml', 'answer: true', 'answer: false'),
  ...edit('roles/staff.yaml', 'data.search: basic', 'data.search: intermediate'),
};
let repo: string;

beforeAll(async () => {
  repo = await gitdir([fixture(), change], { prefix: 'curriculum' });
});

const json = (stdout: string) => JSON.parse(stdout) as DiffResult;

describe('curriculum diff (the CLI)', () => {
  it('sees the same change from refs as from folders', async () => {
    const fromRefs = await runCli(['diff', 'v0', 'v1', '--format', 'json'], { cwd: repo });
    const old = await testdir(fixture());
    const now = await testdir({ ...fixture(), ...change } as Record<string, string>);
    const fromFolders = await runCli(['diff', old, now, '--format', 'json']);
    expect(fromRefs.code).toBe(0);
    expect(fromFolders.code).toBe(0);
    const a = json(fromRefs.stdout);
    const b = json(fromFolders.stdout);
    expect(a.changes.map((c) => c.kind)).toEqual([
      'version-not-bumped',
      'question-answer-changed',
      'requirement-raised',
    ]);
    expect(b.changes).toEqual(a.changes);
    expect(b.impact).toEqual(a.impact);
    expect(b.versionBump).toEqual(a.versionBump);
    expect(a.old).toEqual({ label: 'v0', id: 'diff-fixture', version: '1.0.0' });
  });

  it('compares a ref with the working tree by default, finding the framework folder', async () => {
    const dir = await gitdir([fixture()], { prefix: 'fw' });
    await writeFile(path.join(dir, 'fw/roles/staff.yaml'), 'id: staff\ntitle: Chuyên viên\nrequires: {}\n');
    const result = await runCli(['diff', 'v0', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const changes = json(result.stdout).changes.map((c) => `${c.kind} ${c.id}`);
    expect(changes).toContain('requirement-removed staff/data.search');
    expect(changes).toContain('role-retitled staff');
    const explicit = await runCli(['diff', 'v0', 'HEAD', '--dir', 'fw', '--format', 'json'], { cwd: dir });
    expect(json(explicit.stdout).changes).toEqual([]);
  });

  it('exits 2 for an unknown ref, a ref that looks like an option, or a folder without a framework', async () => {
    const unknown = await runCli(['diff', 'no-such-tag', 'v1'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown git ref or folder: no-such-tag/);
    const sneaky = path.join(repo, 'written-by-git');
    const option = await runCli(['diff', '--', `--output=${sneaky}`, 'v1'], { cwd: repo });
    expect(option.code).toBe(2);
    expect(existsSync(sneaky)).toBe(false);
    const empty = await testdir({ 'README.md': '# nothing\n' });
    const folder = await runCli(['diff', empty, path.join(repo, 'curriculum')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/No curriculum.yaml/);
    expect(folder.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('sets the exit code with --fail-on', async () => {
    expect((await runCli(['diff', 'v0', 'v1'], { cwd: repo })).code).toBe(0);
    expect((await runCli(['diff', 'v0', 'v1', '--fail-on', 'breaking'], { cwd: repo })).code).toBe(1);
    const warningsOnly = await gitdir([
      fixture(),
      edit('roles/staff.yaml', 'data.search: basic', 'data.search: intermediate'),
    ]);
    expect((await runCli(['diff', 'v0', 'v1', '--fail-on', 'breaking'], { cwd: warningsOnly })).code).toBe(0);
    expect((await runCli(['diff', 'v0', 'v1', '--fail-on', 'warning'], { cwd: warningsOnly })).code).toBe(1);
  });

  it('writes Markdown that parses into a summary and tables for a pull-request comment', async () => {
    const { stdout } = await runCli(['diff', 'v0', 'v1', '--format', 'markdown'], { cwd: repo });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(stdout);
    const headings: string[] = [];
    const tables: string[][][] = [];
    visit(tree, (node) => {
      if (node.type === 'heading') headings.push(textOf(node));
      if (node.type === 'table') tables.push(node.children.map((row) => row.children.map(textOf)));
    });
    expect(headings).toEqual([
      'Curriculum diff: 1.0.0 → 1.0.0',
      '🔴 Breaking changes (2)',
      '🟡 Warnings (1)',
      'Impact per role',
    ]);
    expect(tables[0]?.[1]?.[0]).toBe('version-not-bumped');
    expect(tables[0]?.[2]?.[2]).toBe('curriculum/questions/search.yaml:9:3');
    const impact = tables.at(-1)!;
    expect(impact[0]).toEqual([
      'Role',
      'Level',
      'Lessons',
      'Minutes',
      'Questions changed',
      'Re-examine certificates',
    ]);
    expect(impact.slice(1).map((r) => r.slice(0, 5))).toEqual(
      [
        ['staff', 'basic', '+0 −0', '+0 −0', '1'],
        ['staff', 'intermediate', '+1 −0', '+15 −0', '3'],
        ['deputy', 'basic', '+0 −0', '+0 −0', '1'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });

  it('writes GitHub annotations with repository paths and plain text', async () => {
    const { stdout } = await runCli(['diff', 'v0', 'v1', '--format', 'github'], { cwd: repo });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines)
      expect(line).toMatch(
        /^::(error|warning|notice) file=curriculum\/[^,]+,line=\d+,col=\d+,title=curriculum diff%3A [a-z-]+::[^`]+$/,
      );
    const text = await runCli(['diff', 'v0', 'v1'], { cwd: repo });
    expect(text.stdout.includes('\u001b[')).toBe(false);
    expect(text.stdout).toMatch(/Breaking \(2\)/);
  });
});

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  return n.value ?? (n.children ?? []).map(textOf).join('');
}
