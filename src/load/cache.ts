import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ParsedFile } from './parse-file.js';

/**
 * An on-disk cache of parsed files keyed by content hash (like ESLint's --cache). The key covers the file's
 * path, bytes, the manifest's locales and the toolkit's own code and schemas, so it is never stale.
 */
export class ParseCache {
  private entries = new Map<string, ParsedFile>();
  private used = new Map<string, ParsedFile>();
  private changed = false;

  private constructor(private readonly file: string | undefined) {}

  static async open(root: string, dir: string | false): Promise<ParseCache> {
    if (dir === false) return new ParseCache(undefined);
    const file = path.join(dir, `${hash(path.resolve(root)).slice(0, 16)}.bin`);
    const cache = new ParseCache(file);
    try {
      const stored = deserialize(await readFile(file)) as { build: string; entries: [string, ParsedFile][] };
      if (stored.build === (await buildId())) cache.entries = new Map(stored.entries);
    } catch {
      // No cache yet, or one from another build: start empty.
    }
    return cache;
  }

  async key(filePath: string, kind: string, bytes: Uint8Array, locales: readonly string[]): Promise<string> {
    return createHash('sha1')
      .update(`${await buildId()}\0${filePath}\0${kind}\0${locales.join(',')}\0`)
      .update(bytes)
      .digest('hex');
  }

  get(key: string): ParsedFile | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: ParsedFile): void {
    this.used.set(key, withoutBodies(value));
    this.changed = true;
  }

  /** Keeps only the entries this run used; written beside and renamed, so a crash never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.entries.size)) return;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const data = serialize({ build: await buildId(), entries: [...this.used] });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, data);
      await rename(temp, this.file);
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}

// Lesson bodies are most of a cache's bytes and cheap to cut again from the file: keep them out.
function withoutBodies(file: ParsedFile): ParsedFile {
  const strip = <T extends { body: string }>(v: T): T => ({ ...v, body: '' });
  if (file.lesson) {
    const versions = Object.fromEntries(Object.entries(file.lesson.versions).map(([k, v]) => [k, strip(v)]));
    return { ...file, lesson: { ...file.lesson, versions } };
  }
  if (file.translation)
    return { ...file, translation: { ...file.translation, version: strip(file.translation.version) } };
  return file;
}

/** Where caches live unless --cache-dir or CURRICULUM_CACHE_DIR says otherwise. */
export function defaultCacheDir(): string {
  if (process.env.CURRICULUM_CACHE_DIR) return process.env.CURRICULUM_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'curriculum-toolkit');
}

let build: Promise<string> | undefined;

/** A hash of the code and schemas that parse files: a new toolkit build never reads an old cache. */
function buildId(): Promise<string> {
  build ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const folders = [
      here,
      path.join(here, '../model'),
      path.join(here, '../validate'),
      path.join(here, '../validate/file-rules'),
      path.join(here, '../../schemas'),
    ];
    const h = createHash('sha1');
    for (const folder of folders) {
      const names = (await readdir(folder).catch(() => [] as string[]))
        .filter((n) => /\.(js|ts|json)$/.test(n))
        .sort();
      for (const name of names) h.update(name).update(await readFile(path.join(folder, name)));
    }
    return h.digest('hex');
  })();
  return build;
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
