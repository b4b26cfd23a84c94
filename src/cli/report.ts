import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type DiagnosticFormat, formatters } from '../diagnostics/formatters/index.js';
import { toolVersion, useColor } from './environment.js';
import { rootPrefix } from './framework-dir.js';

/** Prints diagnostics in the chosen format to stdout (pretty goes to stdout too, so it can be piped). */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  root: string,
  stream: NodeJS.WriteStream = process.stdout,
): void {
  const text = formatters[format](diagnostics, {
    color: useColor(stream),
    rootPrefix: rootPrefix(root),
    toolVersion: toolVersion(),
    readSource(file) {
      try {
        return readFileSync(path.join(root, file), 'utf8').normalize('NFC');
      } catch {
        return undefined;
      }
    },
  });
  stream.write(text);
}
