import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LessonVersion, Translation } from '../model/types.js';
import { writeAtomically, writeAtomicallySync } from '../util/write-atomically.js';
import { type ParsedFile, versionOf } from './parse-file.js';

/**
 * An on-disk cache of parsed files keyed by content hash (like ESLint's --cache). A key covers the file's path and
 * bytes, the manifest's locales and the toolkit's own build, so it is never stale. Beside the entries it keeps the
 * last run's diagnostics under a key of the whole tree, so an unchanged tree is not even re-assembled.
 */
export class ParseCache {
  private entries = new Map<string, ParsedFile>();
  /** The entries this run used: parsed files, or the JSON a worker already made of one. */
  private used = new Map<string, ParsedFile | string>();
  /** Shards (first hex digit of the key) that gained or lost entries this run: only these are written again. */
  private dirty = new Set<string>();
  private readonly entriesBase?: string;
  private readonly resultFile?: string;

  constructor(root: string, dir: string | false) {
    if (dir === false) return;
    const base = path.join(dir, hash(path.resolve(root)).slice(0, 16));
    this.entriesBase = base;
    this.resultFile = `${base}.result.json`;
  }

  /** The cache key of one file. */
  key(filePath: string, kind: string, bytes: Uint8Array, locales: readonly string[]): string {
    return cacheKey(buildId(), filePath, kind, bytes, locales);
  }

  /**
   * The key each file had when it last stood with this stamp (path -> [stamp, key]): a file whose stamp is unchanged
   * need not be read nor hashed again. Keys depend on the toolkit's build and the locales, so a change to either
   * drops them all.
   */
  async readStamps(locales: readonly string[]): Promise<Map<string, [string, string]>> {
    if (!this.entriesBase) return new Map();
    const stored = await readJson<StampFile>(`${this.entriesBase}.stamps.json`);
    if (stored?.build !== buildId() || stored.locales !== locales.join(',')) return new Map();
    return new Map(stored.stamps);
  }

  async writeStamps(locales: readonly string[], stamps: [string, [string, string]][]): Promise<void> {
    if (!this.entriesBase) return;
    const stored: StampFile = { build: buildId(), locales: locales.join(','), stamps };
    await writeAtomically(`${this.entriesBase}.stamps.json`, JSON.stringify(stored));
  }

  /** The diagnostics of the last run over exactly this tree, if any. */
  async readResult(treeKey: string): Promise<Diagnostic[] | undefined> {
    if (!this.resultFile) return undefined;
    const stored = await readJson<{ treeKey: string; diagnostics: Diagnostic[] }>(this.resultFile);
    return stored?.treeKey === treeKey ? stored.diagnostics : undefined;
  }

  async writeResult(treeKey: string, diagnostics: readonly Diagnostic[]): Promise<void> {
    if (this.resultFile) await writeAtomically(this.resultFile, JSON.stringify({ treeKey, diagnostics }));
  }

  /**
   * Reads the stored entries: 16 JSON files sharded by key, so that one edited file rewrites one shard, not the
   * whole cache (JSON.parse reads plain data faster than v8.deserialize does).
   */
  async loadEntries(): Promise<void> {
    const base = this.entriesBase;
    if (!base) return;
    // A shard of another build is left unparsed: it is told by how it starts.
    const ours = shardHead();
    const shards = await Promise.all(
      shardNames.map((shard) =>
        readJson<Shard>(`${base}.${shard}.json`, (text) => text.startsWith(ours), cacheTextEncoding),
      ),
    );
    for (const stored of shards) {
      if (stored?.build !== buildId()) continue;
      for (const [key, value] of stored.entries) this.entries.set(key, value);
    }
  }

  get(key: string): ParsedFile | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  /** Stores a parsed file without its lesson bodies, or `stored`, its JSON so (see ParsedWire), when given. */
  set(key: string, value: ParsedFile, stored?: string): void {
    this.used.set(key, stored ?? withoutBodies(value));
    this.dirty.add(key.charAt(0));
  }

  /**
   * Keeps only the entries this run used, rewriting the shards that changed. Most entries are already JSON (as parse
   * workers sent them), so a save is mostly copying: it is done at once, and the JSON is let go of before the build
   * goes on (held for a later save, it would be a second copy of the parsed files through the rest of the build).
   */
  save(): void {
    const base = this.entriesBase;
    if (!base) return;
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.dirty.add(key.charAt(0));
    if (this.dirty.size === 0) return;
    const byShard = new Map<string, string[]>([...this.dirty].map((shard) => [shard, []]));
    for (const key of this.used.keys()) byShard.get(key.charAt(0))?.push(key);
    const head = `${shardHead()}"entries":[`;
    // One buffer for every shard (each is written before the next is encoded): a buffer per shard would be memory
    // outside the heap that lingers until the garbage collector next runs in full.
    let encoded = Buffer.alloc(0);
    for (const [shard, keys] of byShard) {
      // A Shard, written from its entries' JSON: `{"build":…,"entries":[[key, file], …]}`.
      const entries = keys.map((key) => {
        const value = this.used.get(key) as ParsedFile | string;
        return `[${JSON.stringify(key)},${typeof value === 'string' ? value : JSON.stringify(value)}]`;
      });
      const text = `${head}${entries.join(',')}]}`;
      if (encoded.length < text.length * 2) encoded = Buffer.allocUnsafe(text.length * 2);
      writeAtomicallySync(
        `${base}.${shard}.json`,
        encoded.subarray(0, encoded.write(text, cacheTextEncoding)),
      );
    }
    this.used.clear();
  }
}

/** A file's cache key: its path, kind and bytes, the manifest's locales and the toolkit's build. */
export function cacheKey(
  build: string,
  filePath: string,
  kind: string,
  bytes: Uint8Array,
  locales: readonly string[],
): string {
  return createHash('sha1')
    .update(`${build}\0${filePath}\0${kind}\0${locales.join(',')}\0`)
    .update(bytes)
    .digest('hex');
}

interface StampFile {
  build: string;
  locales: string;
  stamps: [string, [string, string]][];
}

interface Shard {
  build: string;
  entries: [string, ParsedFile][];
}

const shardNames = [...'0123456789abcdef'];

// How every shard begins (a Shard's `build` first): what tells this toolkit build's shards from another's unparsed.
const shardHead = (): string => `{"build":${JSON.stringify(buildId())},`;

/**
 * The encoding of cached text read at every run (the parse cache's shards, the site's kept lesson texts): mostly
 * text in the framework's languages, in UTF-16 it is written and read back with a copy instead of a transcoding (a
 * quarter of the time of UTF-8 or less), for up to twice the bytes on disk.
 */
export const cacheTextEncoding = 'utf16le';

async function readJson<T>(
  file: string,
  wanted: (text: string) => boolean = () => true,
  encoding: BufferEncoding = 'utf8',
): Promise<T | undefined> {
  try {
    // Read as bytes and decoded once: readFile's own 'utf8' decodes chunk by chunk, at twice the cost.
    const text = (await readFile(file)).toString(encoding);
    return wanted(text) ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A parsed file as the cache keeps it. Lesson bodies are most of a cache's bytes and cheap to cut again from the
 * file, and where this run prepared a body holds for this run alone: both are left out.
 */
export function withoutBodies(file: ParsedFile): ParsedFile {
  const version = versionOf(file);
  // Nothing to leave out (a file that came without its body): the file itself, no copy.
  if (!version || (version.body === '' && version.prepared === undefined)) return file;
  const { prepared: _, ...kept } = version;
  const bare: LessonVersion = { ...kept, body: '' };
  if (file.lesson) return { ...file, lesson: { ...file.lesson, versions: { [bare.locale]: bare } } };
  return { ...file, translation: { ...(file.translation as Translation), version: bare } };
}

/** Where caches live unless --cache-dir or CURRICULUM_CACHE_DIR says otherwise. */
export function defaultCacheDir(): string {
  if (process.env.CURRICULUM_CACHE_DIR) return process.env.CURRICULUM_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'curriculum-toolkit');
}

let build: string | undefined;

/** A hash of the toolkit's compiled code and schemas: a new build never reads an old cache. */
export function buildId(): string {
  if (build) return build;
  const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const schemas = path.join(dist, '../schemas');
  const h = createHash('sha1');
  for (const folder of [dist, schemas]) {
    const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((n) => /\.(js|json)$/.test(n))
      .sort();
    for (const name of names) h.update(name).update(readFileSync(path.join(folder, name)));
  }
  build = h.digest('hex');
  return build;
}

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
