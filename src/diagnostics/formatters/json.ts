import { countDiagnostics } from '../diagnostic.js';
import type { Formatter } from './formatter.js';

/** Stable JSON: `{ version, summary, diagnostics }`, one object per diagnostic with the Diagnostic fields. */
export const json: Formatter = (diagnostics) => {
  const report = { version: 1, summary: countDiagnostics(diagnostics), diagnostics };
  return `${JSON.stringify(report, null, 2)}\n`;
};
