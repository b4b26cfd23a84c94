import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Files to write into a commit: contents, or null to delete the file. */
export type CommitFiles = Record<string, string | Uint8Array | null>;

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git in a test repository. */
export function gitIn(repo: string, args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
}

/**
 * Builds a temp git repository from successive commits, each applied on top of the one before (like changesets'
 * gitdir). Commit i is tagged `v<i>` (v0, v1, ...). Returns the repository's path.
 */
export async function gitdir(commits: CommitFiles[], options: { prefix?: string } = {}): Promise<string> {
  const repo = mkdtempSync(path.join(tmpdir(), 'curriculum-git-'));
  gitIn(repo, ['init', '-q', '-b', 'main']);
  for (const [i, files] of commits.entries()) {
    await applyFiles(repo, files, options.prefix);
    gitIn(repo, ['add', '-A']);
    gitIn(repo, ['commit', '-q', '--allow-empty', '-m', `commit ${i}`]);
    gitIn(repo, ['tag', `v${i}`]);
  }
  return repo;
}

/** Writes (or with null, deletes) files below `root`, optionally inside `prefix`. */
export async function applyFiles(root: string, files: CommitFiles, prefix = ''): Promise<void> {
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, prefix, file);
    if (contents === null) await rm(target, { force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, contents);
    }
  }
}
