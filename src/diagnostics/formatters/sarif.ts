import type { Diagnostic } from '../diagnostic.js';
import type { Formatter } from './formatter.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 for code scanning: one run, a rule per ruleId, a result per diagnostic. */
export const sarif: Formatter = (diagnostics, options) => {
  const ruleIds = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'curriculum',
            version: options.toolVersion,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        results: diagnostics.map((d) => result(d, options.rootPrefix, ruleIds.indexOf(d.ruleId))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function result(d: Diagnostic, prefix: string, ruleIndex: number): object {
  const region = d.start
    ? {
        startLine: d.start.line,
        startColumn: d.start.column,
        ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
      }
    : undefined;
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: level[d.severity],
    message: { text: d.hint ? `${d.message}. ${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(prefix + d.file) },
          ...(region ? { region } : {}),
        },
      },
    ],
  };
}
