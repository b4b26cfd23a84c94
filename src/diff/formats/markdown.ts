import { type Change, type ChangeSeverity, type RoleImpact, severities } from '../types.js';
import { type DiffFormatOptions, type DiffFormatter, headline, impactCells, where } from './format.js';

const titles: Record<ChangeSeverity, string> = {
  breaking: '🔴 Breaking changes',
  warning: '🟡 Warnings',
  info: '🔵 Info',
};

/** Rows per table: a pull-request comment holds at most 65,536 characters; the JSON output has everything. */
export const maxRows = 150;

/** For a pull-request comment: a summary, a table per severity (info folded) and the impact per role. */
export const markdown: DiffFormatter = (result, options) => {
  const out = [
    `## Curriculum diff: ${code(result.old.version)} → ${code(result.new.version)}`,
    '',
    `${code(result.old.label)} → ${code(result.new.label)}: **${headline(result)}**${result.versionBump.ok ? '' : ' ❌'}`,
    '',
  ];
  if (!result.changes.length) out.push('No changes in meaning.', '');
  for (const severity of severities) {
    const changes = result.changes.filter((c) => c.severity === severity);
    if (!changes.length) continue;
    const table = changeTable(changes, options);
    if (severity === 'info')
      out.push(
        `<details><summary>${titles.info} (${changes.length})</summary>`,
        '',
        ...table,
        '</details>',
        '',
      );
    else out.push(`### ${titles[severity]} (${changes.length})`, '', ...table, '');
  }
  if (result.impact.length) out.push('### Impact per role', '', ...impactTable(result.impact), '');
  return `${out.join('\n')}`;
};

function changeTable(changes: readonly Change[], options: DiffFormatOptions): string[] {
  const rows = changes
    .slice(0, maxRows)
    .map((c) => `| ${code(c.kind)} | ${cell(c.message)} | ${c.place ? code(where(c.place, options)) : ''} |`);
  return ['| Change | What | Where |', '| --- | --- | --- |', ...rows, ...more(changes.length)];
}

function impactTable(impact: readonly RoleImpact[]): string[] {
  const rows = impact.flatMap((role) => {
    const name = `${code(role.role)}${role.status === 'changed' ? '' : ` (${role.status})`}`;
    if (!role.levels.length) return [`| ${name} | | | | | |`];
    return role.levels.map((row) => {
      const cells = impactCells(row);
      const again = row.reexamine.length ? `**yes**: ${cell(row.reexamine.join('; '))}` : 'no';
      return `| ${name} | ${cell(row.level)} | ${cells.lessons} | ${cells.minutes} | ${row.questionsChanged} | ${again} |`;
    });
  });
  return [
    '| Role | Level | Lessons | Minutes | Questions changed | Re-examine certificates |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.slice(0, maxRows),
    ...more(rows.length),
  ];
}

const more = (n: number) => (n > maxRows ? ['', `…and ${n - maxRows} more (see \`--format json\`).`] : []);

/** Text in a table cell: no pipes, line breaks or raw HTML; backtick spans are kept. */
function cell(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');
}

/** An inline code span that holds any text, backticks and pipes included. */
function code(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
