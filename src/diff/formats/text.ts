import { Chalk } from 'chalk';
import { plural } from '../../util/collections.js';
import { type ChangeSeverity, severities } from '../types.js';
import { type DiffFormatter, headline, impactCells, where } from './format.js';

const titles: Record<ChangeSeverity, string> = { breaking: 'Breaking', warning: 'Warnings', info: 'Info' };
const marks: Record<ChangeSeverity, string> = { breaking: '✖', warning: '⚠', info: 'ℹ' };

/** For a terminal: changes grouped by severity (coloured when the stream is a terminal), then the impact per role. */
export const text: DiffFormatter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<ChangeSeverity, (s: string) => string> = {
    breaking: c.red,
    warning: c.yellow,
    info: c.blue,
  };
  const lines = [
    c.bold(
      `curriculum diff ${result.old.label} (${result.old.version}) → ${result.new.label} (${result.new.version})`,
    ),
    '',
  ];
  for (const severity of severities) {
    const changes = result.changes.filter((ch) => ch.severity === severity);
    if (!changes.length) continue;
    lines.push(paint[severity](c.bold(`${titles[severity]} (${changes.length})`)));
    for (const ch of changes) {
      const place = where(ch.place, options);
      lines.push(
        `  ${paint[severity](marks[severity])} ${ch.message.replaceAll('`', '')} ${c.dim(`${ch.kind}${place ? `  ${place}` : ''}`)}`,
      );
    }
    lines.push('');
  }
  if (result.impact.length) {
    lines.push(c.bold('Impact per role'));
    for (const role of result.impact) {
      lines.push(`  ${c.bold(role.role)}${role.status === 'changed' ? '' : ` (${role.status})`}`);
      for (const row of role.levels) {
        const cells = impactCells(row);
        const again = row.reexamine.length
          ? c.red(`; re-examine: ${row.reexamine.join(', ').replaceAll('`', '')}`)
          : '';
        lines.push(
          `    ${row.level}: lessons ${cells.lessons}, minutes ${cells.minutes}, ${plural(row.questionsChanged, 'question')} changed${again}`,
        );
      }
    }
    lines.push('');
  }
  const verdict = headline(result);
  lines.push(
    result.summary.breaking ? c.red(verdict) : result.summary.warning ? c.yellow(verdict) : c.green(verdict),
  );
  return `${lines.join('\n')}\n`;
};
