import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lookup } from '../model/lookup.js';
import type { Framework } from '../model/types.js';

/** One output file, its path relative to the target's output folder (POSIX, never `..` or absolute). */
export interface Artifact {
  path: string;
  data: Uint8Array | string;
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
