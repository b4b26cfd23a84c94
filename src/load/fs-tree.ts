import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SourceTree } from './source-tree.js';

const skippedFolders = new Set(['.git', 'node_modules', '.curriculum-cache']);

/** A framework read from a folder on disk. */
export class FolderTree implements SourceTree {
  readonly label: string;
  private files?: Promise<{ files: string[]; links: string[] }>;

  constructor(readonly root: string) {
    this.label = root;
  }

  async list(): Promise<string[]> {
    return (await this.scan()).files;
  }

  // Synchronous reads of many small files beat the thread pool's four round trips per file by ~3x here.
  async read(file: string): Promise<Uint8Array> {
    return readFileSync(path.join(this.root, file));
  }

  localPath(file: string): string {
    return path.join(this.root, file);
  }

  stamp(file: string): string | undefined {
    const stat = statSync(path.join(this.root, file), { throwIfNoEntry: false });
    return stat && `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
  }

  async escapingLinks(): Promise<Set<string>> {
    const { links } = await this.scan();
    const realRoot = await realpath(this.root);
    const escaping = new Set<string>();
    for (const link of links) {
      const target = await realpath(path.join(this.root, link)).catch(() => undefined);
      if (target === undefined || !isInside(realRoot, target)) escaping.add(link);
    }
    return escaping;
  }

  private scan(): Promise<{ files: string[]; links: string[] }> {
    this.files ??= this.walk();
    return this.files;
  }

  private async walk(): Promise<{ files: string[]; links: string[] }> {
    const files: string[] = [];
    const links: string[] = [];
    const visit = async (relDir: string): Promise<void> => {
      const entries = await readdir(path.join(this.root, relDir), { withFileTypes: true });
      for (const entry of entries) {
        const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!skippedFolders.has(entry.name)) await visit(rel);
        } else if (entry.isSymbolicLink()) {
          // Links are listed but never followed into folders: a link to `..` would loop.
          links.push(rel);
          files.push(rel);
        } else if (entry.isFile()) {
          files.push(rel);
        }
      }
    };
    await visit('');
    files.sort();
    return { files, links };
  }
}

/** True when `target` is `root` itself or lies below it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
