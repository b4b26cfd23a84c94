import { pick } from '../../model/text.js';
import type { Text } from '../../model/types.js';
import { plural } from '../../util/collections.js';
import { describeCell } from '../rules/coverage-gap.js';
import { type CellState, duration, type GridCell, roleGrid, statusNote, verdict } from './grid.js';
import type { Reporter } from './reporter.js';

const marks: Record<CellState, string> = {
  covered: '✅',
  partial: '❌',
  empty: '❌',
  extra: '·',
  none: '·',
  undefined: '',
};

/** For a pull-request comment: the verdict, the gaps, a summary table and a collapsible table per role. */
export const markdownReport: Reporter = (matrix, { locale }) => {
  const text = (t: Text) => cellText(pick(t, locale, matrix.sourceLocale));
  const { framework, summary } = matrix;
  const levels = matrix.levels.map((l) => l.id);
  const out: string[] = [
    `## Role coverage: ${summary.ok ? '✅' : '❌'} ${verdict(matrix)}`,
    '',
    `**${text(framework.title)}** (\`${framework.id}\` ${framework.version}). Cells show lessons / questions; a needed cell wants at least 1 lesson and ${matrix.minQuestions} questions; · marks content no role needs at that level.`,
    '',
  ];
  const gaps = matrix.roles.flatMap((role) =>
    role.requirements.flatMap((r) => [
      ...(statusNote(r.status, r.level)
        ? [`- \`${role.id}\` · \`${r.competency}\`: ${statusNote(r.status, r.level)}`]
        : []),
      ...r.cells
        .filter((c) => !c.covered)
        .map(
          (c) =>
            `- \`${role.id}\` needs \`${r.competency}\` at \`${c.level}\`: ${describeCell(c, matrix.minQuestions)}`,
        ),
    ]),
  );
  if (gaps.length > 0) out.push('### Gaps', '', ...gaps, '');
  out.push('| role | needed cells | uncovered | study time |', '| --- | ---: | ---: | ---: |');
  for (const role of matrix.roles) {
    const gap = role.uncoveredCells > 0 ? `${role.uncoveredCells} ❌` : '0';
    out.push(
      `| \`${role.id}\` ${text(role.title)} | ${role.neededCells} | ${gap} | ${duration(role.minutes)} |`,
    );
  }
  out.push('');
  for (const role of matrix.roles) {
    const open = role.uncoveredCells > 0 || role.requirements.some((r) => r.status !== 'ok') ? ' open' : '';
    out.push(
      `<details${open}><summary><b>${role.id}</b> · ${text(role.title)} · ${role.uncoveredCells} of ${plural(role.neededCells, 'needed cell')} uncovered</summary>`,
      '',
    );
    out.push(`| competency | ${levels.join(' | ')} |`, `| --- |${levels.map(() => ' --- |').join('')}`);
    for (const row of roleGrid(matrix, role)) {
      const note = statusNote(row.status, row.level);
      out.push(`| \`${row.competency}\`${note ? ` ⚠️ ${note}` : ''} | ${row.cells.map(label).join(' | ')} |`);
    }
    out.push(
      `| study time | ${levels.map((l) => duration(role.minutesByLevel[l] ?? 0)).join(' | ')} |`,
      '',
      '</details>',
      '',
    );
  }
  if (summary.unrequiredCompetencies.length > 0) {
    out.push(
      `Competencies no role requires: ${summary.unrequiredCompetencies.map((id) => `\`${id}\``).join(', ')}`,
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
};

function label(cell: GridCell): string {
  return cell.state === 'undefined' ? '' : `${marks[cell.state]} ${cell.lessons} / ${cell.questions}`;
}

/** Text safe inside a table cell: no pipes, no line breaks, no raw HTML. */
function cellText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
