import type { Diagnostic } from '../diagnostic.js';
import type { Formatter } from './formatter.js';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands, one annotation per diagnostic, paths from the repository root. */
export const github: Formatter = (diagnostics, options) =>
  diagnostics.map((d) => annotation(d, options.rootPrefix)).join('');

function annotation(d: Diagnostic, prefix: string): string {
  const props = [`file=${escapeProperty(prefix + d.file)}`];
  if (d.start) props.push(`line=${d.start.line}`, `col=${d.start.column}`);
  if (d.end) props.push(`endLine=${d.end.line}`, `endColumn=${d.end.column}`);
  props.push(`title=${escapeProperty(d.ruleId)}`);
  const message = d.hint ? `${d.message}. ${d.hint}` : d.message;
  return `::${command[d.severity]} ${props.join(',')}::${escapeData(message)}\n`;
}

// The escapes of @actions/core: data escapes %, CR, LF; properties also ':' and ','.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
