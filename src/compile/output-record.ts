import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { buildId, cacheTextEncoding } from '../load/cache.js';
import { writeAtomically } from '../util/write-atomically.js';
import type { PlacedFile } from './target.js';

/** What the last build recorded of one output file: the key it was made from, and how the file stood after. */
interface Entry {
  key: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** Whatever the target keeps beside the file to skip remaking it (the site: a lesson's search text). */
  meta?: unknown;
}

interface Stored {
  build: string;
  state?: unknown;
  files: [string, Entry][];
}

/** The part of a record a target asks: can a file be taken over from the last build instead of made again? */
export interface PreviousOutput {
  /** True when the last build wrote `file` from the same key and the file is still as it was left. */
  reusable(file: string, key: string): boolean;
  /** True when no last build of this output is known: every file will be made. */
  empty(): boolean;
  /** The key and meta the last build recorded for `file`. */
  entry(file: string): { key: string; meta?: unknown } | undefined;
  /** What the target said of the whole output last time (see `remember`). */
  state(): unknown;
  /** Says something of the whole output for the next build (kept only if this build is written). */
  remember(state: unknown): void;
  /**
   * A larger piece of data kept beside the record, read only when asked for (undefined if there is none). It is
   * replaced only when a build says so: a target checks what it reads from it.
   */
  side(name: string): unknown;
  /** Replaces a side piece for the next build (kept only if this build is written). */
  keepSide(name: string, value: unknown): void;
}

/**
 * What the last successful build wrote into an output folder (kept in the cache folder, keyed by the output's
 * path): each file's key, size, mtime and inode. A file whose key is unchanged and whose stat still matches is
 * hard-linked into the new output instead of written, so an incremental build costs what changed.
 */
export class OutputRecord implements PreviousOutput {
  private readonly next = new Map<string, { key: string; meta?: unknown; placed?: PlacedFile }>();
  private nextState: unknown;

  private constructor(
    readonly outDir: string,
    private readonly file: string | undefined,
    private readonly previous: Map<string, Entry>,
    private readonly previousState?: unknown,
    /** True when the last build's record was read (one of this toolkit build's). */
    private readonly fromLastBuild = false,
  ) {}

  /** The record of `outDir` under `cacheDir` (false: no record, every file is made). */
  static open(cacheDir: string | false, outDir: string): OutputRecord {
    const out = path.resolve(outDir);
    if (cacheDir === false) return new OutputRecord(out, undefined, new Map());
    const name = createHash('sha1').update(out).digest('hex').slice(0, 16);
    const file = path.join(cacheDir, `output-${name}.json`);
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.build === buildId())
        return new OutputRecord(out, file, new Map(stored.files), stored.state, true);
    } catch {
      // No record yet, or one from another toolkit build: every file is made.
    }
    return new OutputRecord(out, file, new Map());
  }

  reusable(file: string, key: string): boolean {
    const entry = this.previous.get(file);
    if (!entry || entry.key !== key) return false;
    try {
      const stat = statSync(path.join(this.outDir, ...file.split('/')));
      return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && stat.ino === entry.ino;
    } catch {
      return false;
    }
  }

  empty(): boolean {
    return this.previous.size === 0;
  }

  entry(file: string): { key: string; meta?: unknown } | undefined {
    return this.previous.get(file);
  }

  state(): unknown {
    return this.previousState;
  }

  remember(state: unknown): void {
    this.nextState = state;
  }

  private readonly sides = new Map<string, unknown>();

  side(name: string): unknown {
    if (!this.file) return undefined;
    try {
      return JSON.parse(readFileSync(this.sideFile(name)).toString(cacheTextEncoding));
    } catch {
      return undefined;
    }
  }

  keepSide(name: string, value: unknown): void {
    this.sides.set(name, value);
  }

  private sideFile(name: string): string {
    return `${(this.file as string).replace(/\.json$/, '')}.${name}.json`;
  }

  /** The size the last build recorded for `file`. */
  previousSize(file: string): number | undefined {
    return this.previous.get(file)?.size;
  }

  private readonly taken = new Set<string>();

  /** Notes that `file` was taken over from the last build as it was. */
  tookOver(file: string): void {
    this.taken.add(file);
  }

  /** The file of the last build that holds `file`'s bytes (to link from). */
  previousFile(file: string): string {
    return path.join(this.outDir, ...file.split('/'));
  }

  /** Notes what this build wrote to `file` (and how it stood, if its writer said); saved once the output is in place. */
  note(file: string, key: string, meta?: unknown, placed?: PlacedFile): void {
    this.next.set(file, { key, ...(meta === undefined ? {} : { meta }), ...(placed ? { placed } : {}) });
  }

  /** Records the new output (after the swap: stats are of the files as they now stand). */
  async save(): Promise<void> {
    if (!this.file) return;
    const files: [string, Entry][] = [];
    for (const [file, { key, meta, placed }] of this.next) {
      const before = this.previous.get(file);
      // A file taken over is the same inode as before: its stat is already known.
      if (before?.key === key && this.taken.has(file)) {
        files.push([file, { ...before, meta }]);
        continue;
      }
      if (placed) {
        files.push([file, { key, size: placed.bytes, mtimeMs: placed.mtimeMs, ino: placed.ino, meta }]);
        continue;
      }
      const stat = statSync(path.join(this.outDir, ...file.split('/')));
      files.push([file, { key, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, meta }]);
    }
    for (const [name, value] of this.sides)
      await writeAtomically(this.sideFile(name), Buffer.from(JSON.stringify(value), cacheTextEncoding));
    const stored: Stored = { build: buildId(), state: this.nextState, files };
    await writeAtomically(this.file, JSON.stringify(stored));
    if (!this.fromLastBuild) this.sweepSides(this.file);
  }

  // Without a last build's record, no side piece beside it is this build's unless kept now: the others (another
  // toolkit build's, or a name no longer written, such as a dropped locale's) would otherwise stay in the cache.
  private sweepSides(file: string): void {
    const prefix = `${path.basename(file, '.json')}.`;
    const kept = new Set([
      path.basename(file),
      ...[...this.sides.keys()].map((name) => path.basename(this.sideFile(name))),
    ]);
    let entries: string[];
    try {
      entries = readdirSync(path.dirname(file));
    } catch {
      return; // No cache folder to sweep: the record was not written either (a cache only costs speed).
    }
    for (const entry of entries) {
      if (!entry.startsWith(prefix) || !entry.endsWith('.json') || kept.has(entry)) continue;
      try {
        unlinkSync(path.join(path.dirname(file), entry));
      } catch {
        // Gone already, or not ours to remove: it is only left behind.
      }
    }
  }
}
