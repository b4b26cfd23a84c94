import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { github as annotations } from '../../diagnostics/formatters/github.js';
import type { Change } from '../types.js';
import type { DiffFormatter } from './format.js';

const level = { breaking: 'error', warning: 'warning', info: 'info' } as const;

/** GitHub Actions annotations: breaking as errors, warnings as warnings, info as notices, on the changed file. */
export const github: DiffFormatter = (result, options) =>
  result.changes
    .map((c) =>
      annotations([toDiagnostic(c)], {
        color: false,
        rootPrefix: options.prefix[c.place?.side ?? 'new'],
        toolVersion: '',
        readSource: () => undefined,
      }),
    )
    .join('');

function toDiagnostic(change: Change): Diagnostic {
  const { place } = change;
  return {
    ruleId: `curriculum diff: ${change.kind}`,
    severity: level[change.severity],
    message: change.message.replaceAll('`', ''),
    file: place?.file ?? 'curriculum.yaml',
    start: place?.line ? { line: place.line, column: place.column ?? 1 } : undefined,
    hint: place?.side === 'old' ? 'This file is gone from the new version.' : undefined,
  };
}
