import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import { countDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { Formatter } from './formatter.js';

/** For people at a terminal: `file:line:col severity rule message`, a code frame and a hint. */
export const pretty: Formatter = (diagnostics, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.file}${d.start ? `:${d.start.line}:${d.start.column}` : ''}`;
    lines.push(`${c.bold(where)} ${paint[d.severity](d.severity)} ${c.dim(d.ruleId)} ${d.message}`);
    const frame = codeFrame(d, options.readSource, options.color);
    if (frame) lines.push(indent(frame));
    if (d.hint) lines.push(`  ${c.cyan('hint:')} ${d.hint}`);
    lines.push('');
  }
  lines.push(summary(diagnostics, c));
  return `${lines.join('\n')}\n`;
};

function codeFrame(
  d: Diagnostic,
  readSource: (file: string) => string | undefined,
  color: boolean,
): string | undefined {
  if (!d.start || !d.file) return undefined;
  const text = readSource(d.file);
  if (text === undefined) return undefined;
  return codeFrameColumns(text, { start: d.start }, { highlightCode: color, linesAbove: 1, linesBelow: 1 });
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function summary(diagnostics: readonly Diagnostic[], c: InstanceType<typeof Chalk>): string {
  const counts = countDiagnostics(diagnostics);
  if (diagnostics.length === 0) return c.green('✔ No problems found');
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [
    `${counts.error} error${counts.error === 1 ? '' : 's'}`,
    `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
  ];
  if (counts.info) parts.push(`${counts.info} info`);
  const text = `${parts.join(', ')} in ${files} file${files === 1 ? '' : 's'}`;
  return counts.error ? c.red(`✖ ${text}`) : c.yellow(`⚠ ${text}`);
}
