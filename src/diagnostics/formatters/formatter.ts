import type { Diagnostic } from '../diagnostic.js';

export interface FormatOptions {
  color: boolean;
  /** The text of a file (root-relative path), for code frames; undefined when unavailable. */
  readSource(file: string): string | undefined;
  /** The root as seen from the working directory (`curriculum/`), prefixed for CI tools that want repository paths. */
  rootPrefix: string;
  toolVersion: string;
}

/** A reporter: a pure function of diagnostics and options. */
export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;
