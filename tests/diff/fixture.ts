import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDiff } from '../../src/diff/run-diff.js';
import type { DiffResult } from '../../src/diff/types.js';
import { type CommitFiles, gitdir } from '../helpers/gitdir.js';

const root = fileURLToPath(new URL('../fixtures/diff/framework', import.meta.url));

/** The diff fixture framework as `{ path: contents }`. */
export function fixture(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(root, { recursive: true }).map(String).sort()) {
    const full = path.join(root, file);
    if (file.includes('.')) files[file.split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The fixture with text replaced in one file (the replacement must happen, or the test is wrong). */
export function edit(file: string, from: string | RegExp, to: string, base = fixture()): CommitFiles {
  const before = base[file];
  if (before === undefined) throw new Error(`no fixture file ${file}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  return { [file]: after };
}

/** Commits the fixture, then each change on top, and diffs v0 against the last commit. */
export async function diffChanges(...changes: CommitFiles[]): Promise<DiffResult> {
  const repo = await gitdir([fixture(), ...changes]);
  const { result } = await runDiff({ old: 'v0', new: `v${changes.length}`, cwd: repo, cacheDir: false });
  return result;
}

/** The changes as `severity kind id` lines, version bookkeeping left out. */
export function lines(result: DiffResult): string[] {
  return result.changes
    .filter((c) => !c.kind.startsWith('version-'))
    .map((c) => `${c.severity} ${c.kind} ${c.id}`);
}

/** Bumps the fixture's version, so the version-bump rule stays out of a test about something else. */
export const major: CommitFiles = edit('curriculum.yaml', 'version: 1.0.0', 'version: 2.0.0');
