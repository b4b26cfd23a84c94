import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lookup } from '../model/lookup.js';
import type { Framework } from '../model/types.js';

/** One output file, its path relative to the target's output folder (POSIX, never `..` or absolute). */
export type Artifact = MadeArtifact | ReusedArtifact | PlacedArtifact;

export interface MadeArtifact {
  path: string;
  data: Uint8Array | string;
  /** A hash of everything the file is made from, when the target can tell (else the writer hashes `data`). */
  key?: string;
  /** Kept beside the file in the output record (see OutputRecord). */
  meta?: unknown;
}

/**
 * A file a target's worker thread already wrote into the folder the writer is filling (see `stagingFolder`): made
 * where it was made, never carried through this thread.
 */
export interface PlacedArtifact {
  path: string;
  key: string;
  placed: PlacedFile;
  meta?: unknown;
}

/** How a placed file stood once written: its size, and its mtime and inode, which the output record keeps. */
export interface PlacedFile {
  bytes: number;
  mtimeMs: number;
  ino: number;
}

/** A file the last build wrote from the same key and left untouched: the writer takes it over (a hard link). */
export interface ReusedArtifact {
  path: string;
  key: string;
  reuse: true;
  meta?: unknown;
}

/** What every target gets: the checked model, lookups, file access to the root and a place to report. */
export interface CompileContext {
  framework: Framework;
  look: Lookup;
  /** Reads a file of the framework by root-relative path (assets that packages carry). */
  readFile(path: string): Promise<Uint8Array>;
  report(diagnostic: Diagnostic): void;
  /** Fixed time for archive entries: SOURCE_DATE_EPOCH, else the last commit, clamped to 1980. */
  timestamp: Date;
}

/** An output format: compiles the model into artifacts, which the write step alone puts on disk. */
export interface Target<Options> {
  name: string;
  compile(context: CompileContext, options: Options): AsyncIterable<Artifact>;
}
