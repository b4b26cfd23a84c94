import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import type { Reporter } from './reporter.js';
import { textReport } from './text.js';

export type CoverageFormat = 'text' | 'markdown' | 'json' | 'html';

/** Every coverage report format by name. */
export const coverageReporters: Record<CoverageFormat, Reporter> = {
  text: textReport,
  markdown: markdownReport,
  json: jsonReport,
  html: htmlReport,
};
