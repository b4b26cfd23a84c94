import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli/errors.js';
import { FolderTree } from '../load/fs-tree.js';
import { GitTree, git, resolveCommit } from '../load/git-tree.js';
import type { SourceTree } from '../load/source-tree.js';

/** One side of a diff: where the framework is read from, and where it sits on disk (for repository paths). */
export interface Side {
  tree: SourceTree;
  /** How the report names this side: the ref or folder as given. */
  label: string;
  /** The framework root as a path on disk (for a ref: where it sits in the working tree). */
  root: string;
  /** The framework folder inside the repository ('' for its top), when known. */
  subdir?: string;
  close(): void;
}

/**
 * Opens OLD or NEW: an existing folder, else a git ref of the repository around `cwd`; none means the working tree.
 * A missing folder, an unknown ref or no curriculum.yaml is a UsageError (exit 2).
 */
export async function openSide(arg: string | undefined, dir: string | undefined, cwd: string): Promise<Side> {
  const subdir = dir === undefined ? undefined : cleanDir(dir);
  if (arg === undefined) {
    const top = await repositoryTop(cwd);
    return folderSide(top ?? cwd, subdir, 'working tree');
  }
  const folder = path.resolve(cwd, arg);
  if (existsSync(folder) && statSync(folder).isDirectory()) return folderSide(folder, subdir, arg);
  const top = await repositoryTop(cwd);
  if (!top)
    throw new UsageError(
      `No such folder, and not inside a git repository: ${arg}`,
      'Pass a folder holding curriculum.yaml, or run inside the repository to compare git refs.',
    );
  const commit = await resolveCommit(top, arg);
  if (!commit)
    throw new UsageError(
      `Unknown git ref or folder: ${arg}`,
      'Use a tag, branch or commit of this repository (`git fetch` it first in a shallow CI clone), or a folder.',
    );
  const tree = await GitTree.open(top, commit, subdir, arg);
  if (!tree)
    throw new UsageError(`No curriculum.yaml in ${arg}`, 'Say where the framework lives with --dir SUBDIR.');
  return {
    tree,
    label: arg,
    root: path.join(top, tree.subdir),
    subdir: tree.subdir,
    close: () => tree.close(),
  };
}

function folderSide(folder: string, subdir: string | undefined, label: string): Side {
  const candidates = subdir === undefined ? ['', 'curriculum'] : [subdir, ''];
  const within = candidates.find(
    (d) =>
      existsSync(path.join(folder, d, 'curriculum.yaml')) ||
      existsSync(path.join(folder, d, 'curriculum.yml')),
  );
  if (within === undefined)
    throw new UsageError(
      `No curriculum.yaml in ${path.join(folder, subdir ?? '')}`,
      'Pass the folder that holds curriculum.yaml, or say where it is with --dir SUBDIR.',
    );
  const root = path.join(folder, within);
  return { tree: new FolderTree(root), label, root, subdir: within, close: () => {} };
}

/** The top folder of the git work tree around `cwd`, or undefined outside one. */
async function repositoryTop(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

// --dir is a folder inside the repository: relative, never leaving it.
function cleanDir(dir: string): string {
  const clean = path.posix.normalize(dir.replaceAll('\\', '/')).replace(/\/+$/, '');
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../'))
    throw new UsageError(
      `--dir must be a folder inside the repository, not ${dir}`,
      'Give the framework folder relative to the repository top, e.g. --dir curriculum.',
    );
  return clean === '.' ? '' : clean;
}
