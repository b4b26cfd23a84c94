import type { CoverageMatrix } from '../types.js';
import type { Reporter } from './reporter.js';

/** The version of the JSON report's shape; bumped only on a breaking change (fields may be added). */
export const coverageJsonVersion = 1;

/** The JSON report: the version of its shape, then the matrix as is (documented in the README). */
export type CoverageJson = { version: typeof coverageJsonVersion } & CoverageMatrix;

/** For dashboards: stable, documented, two-space indented, one trailing newline. */
export const jsonReport: Reporter = (matrix) => {
  const report: CoverageJson = { version: coverageJsonVersion, ...matrix };
  return `${JSON.stringify(report, null, 2)}\n`;
};
