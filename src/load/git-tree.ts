import { execFile } from 'node:child_process';
import path from 'node:path';
import { CatFile } from './git-cat-file.js';
import type { SourceTree } from './source-tree.js';

/** Runs git in `cwd` with these arguments (never through a shell); rejects with git's own message. */
export function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message));
      else resolve(stdout);
    });
  });
}

/** The commit a ref names (tag, branch, commit, `HEAD~2`), or undefined when it names none. */
export async function resolveCommit(repo: string, ref: string): Promise<string | undefined> {
  try {
    const out = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

interface Entry {
  mode: string;
  sha: string;
}

/** The folder of the shallowest curriculum.yaml in a list of repository paths ('' for the top), if any. */
export function findRoot(paths: readonly string[]): string | undefined {
  const manifests = paths
    .filter((p) => /(^|\/)curriculum\.ya?ml$/.test(p))
    .map((p) => path.posix.dirname(p))
    .map((d) => (d === '.' ? '' : d))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  return manifests[0];
}

/**
 * A framework read straight from a git commit's objects, without checking anything out. Blobs come through one
 * long-lived `git cat-file --batch`; `close()` ends it.
 */
export class GitTree implements SourceTree {
  private reader?: CatFile;

  private constructor(
    readonly label: string,
    private readonly repo: string,
    /** The framework's folder inside the repository, '' for its top. */
    readonly subdir: string,
    private readonly entries: Map<string, Entry>,
    private readonly links: Set<string>,
  ) {}

  /**
   * Lists `commit` (already resolved) below `subdir` ('' for the repository's top; undefined: where the shallowest
   * curriculum.yaml is). Undefined when no subdir is given and the commit holds no curriculum.yaml.
   */
  static async open(
    repo: string,
    commit: string,
    subdir: string | undefined,
    ref: string,
  ): Promise<GitTree | undefined> {
    const listing = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    const all = new Map<string, Entry>();
    for (const line of listing.split('\0')) {
      const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (match?.[2] === 'blob') all.set(match[4]!, { mode: match[1]!, sha: match[3]! });
    }
    const within = subdir ?? findRoot([...all.keys()]);
    if (within === undefined) return undefined;
    const prefix = within === '' ? '' : `${within}/`;
    const entries = new Map<string, Entry>();
    for (const [file, entry] of all)
      if (file.startsWith(prefix)) entries.set(file.slice(prefix.length).normalize('NFC'), entry);
    const tree = new GitTree(within ? `${ref}:${within}` : ref, repo, within, entries, new Set());
    await tree.resolveLinks();
    return tree;
  }

  async list(): Promise<string[]> {
    return [...this.entries.keys()].sort();
  }

  read(file: string): Promise<Uint8Array> {
    const entry = this.entries.get(file);
    if (!entry) return Promise.reject(new Error(`No such file in ${this.label}: ${file}`));
    this.reader ??= new CatFile(this.repo);
    return this.reader.read(entry.sha);
  }

  async escapingLinks(): Promise<Set<string>> {
    return this.links;
  }

  blobId(file: string): string | undefined {
    return this.entries.get(file)?.sha;
  }

  /** Ends the cat-file process. */
  close(): void {
    this.reader?.close();
  }

  // A symbolic link is a blob holding its target: one inside the root reads as its target, one outside is reported.
  private async resolveLinks(): Promise<void> {
    for (const [file, entry] of this.entries) {
      if (entry.mode !== '120000') continue;
      const target = new TextDecoder().decode(await this.read(file));
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      const real = this.entries.get(resolved);
      if (target.startsWith('/') || resolved.startsWith('..') || !real || real.mode === '120000')
        this.links.add(file);
      else this.entries.set(file, real);
    }
  }
}
