import type { CoverageMatrix } from '../types.js';

export interface ReportOptions {
  /** Colour (text format only). */
  color: boolean;
  /** Locale of titles; falls back to the source locale. */
  locale: string;
}

/** A coverage report format: a pure function of the matrix and options. */
export type Reporter = (matrix: CoverageMatrix, options: ReportOptions) => string;
