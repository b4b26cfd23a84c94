import { Chalk } from 'chalk';
import { pick } from '../../model/text.js';
import { plural } from '../../util/collections.js';
import { type CellState, duration, type GridCell, roleGrid, statusNote, verdict } from './grid.js';
import type { Reporter } from './reporter.js';

const marks: Record<CellState, string> = {
  covered: '✓',
  partial: '✗',
  empty: '✗',
  extra: '·',
  none: '·',
  undefined: '',
};

/** For a terminal: a table per role (competencies × levels, lessons/questions per cell), coloured when asked. */
export const textReport: Reporter = (matrix, { color, locale }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<CellState, (s: string) => string> = {
    covered: c.green,
    partial: c.red,
    empty: c.red,
    extra: c.dim,
    none: c.dim,
    undefined: (s) => s,
  };
  const text = (t: Parameters<typeof pick>[0]) => pick(t, locale, matrix.sourceLocale);
  const { framework, summary } = matrix;
  const out: string[] = [
    c.bold(`Role coverage of ${framework.id} ${framework.version}`),
    c.dim(
      `cells: lessons/questions; a needed cell wants ≥ 1 lesson and ≥ ${matrix.minQuestions} questions; ✓ covered, ✗ uncovered, · not needed`,
    ),
    '',
  ];
  const levelIds = matrix.levels.map((l) => l.id);
  for (const role of matrix.roles) {
    const rows = roleGrid(matrix, role);
    const state =
      role.uncoveredCells > 0
        ? c.red(`✗ ${role.uncoveredCells} of ${plural(role.neededCells, 'needed cell')} uncovered`)
        : c.green(`✓ ${plural(role.neededCells, 'needed cell')} covered`);
    out.push(
      `${c.bold(role.id)}  ${text(role.title)}  ${state}  ${c.dim(`study time ${duration(role.minutes)}`)}`,
    );
    const body = rows.map((r) => [r.competency, ...r.cells.map(label)]);
    const minutes = ['study time', ...levelIds.map((l) => duration(role.minutesByLevel[l] ?? 0))];
    const widths = [['competency', ...levelIds], ...body, minutes].reduce<number[]>(
      (w, line) => line.map((cell, i) => Math.max(w[i] ?? 0, [...cell].length)),
      [],
    );
    const pad = (s: string, i: number) => s + ' '.repeat(widths[i]! - [...s].length);
    out.push(`  ${c.dim(['competency', ...levelIds].map(pad).join('  '))}`);
    rows.forEach((r, n) => {
      const cells = body[n]!.map((s, i) => (i === 0 ? pad(s, i) : paint[r.cells[i - 1]!.state](pad(s, i))));
      const note = statusNote(r.status, r.level);
      out.push(`  ${cells.join('  ')}${note ? `  ${c.red(`! ${note}`)}` : ''}`.trimEnd());
    });
    out.push(`  ${c.dim(minutes.map(pad).join('  '))}`.trimEnd(), '');
  }
  if (summary.unrequiredCompetencies.length > 0) {
    out.push(c.yellow(`Competencies no role requires: ${summary.unrequiredCompetencies.join(', ')}`), '');
  }
  out.push(summary.ok ? c.green(`✔ ${verdict(matrix)}`) : c.red(`✖ ${verdict(matrix)}`));
  return `${out.join('\n')}\n`;
};

function label(cell: GridCell): string {
  if (cell.state === 'undefined') return '';
  return `${marks[cell.state]} ${cell.lessons}/${cell.questions}`;
}
