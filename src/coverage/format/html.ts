import { pick } from '../../model/text.js';
import type { Text } from '../../model/types.js';
import { plural } from '../../util/collections.js';
import type { CoverageMatrix, RoleCoverage } from '../types.js';
import { type CellState, duration, type GridCell, roleGrid, statusNote, verdict } from './grid.js';
import { htmlStyle } from './html-style.js';
import type { Reporter } from './reporter.js';

const marks: Record<CellState, string> = {
  covered: '✓',
  partial: '✗',
  empty: '✗',
  extra: '',
  none: '',
  undefined: '—',
};
const legend: [CellState, string][] = [
  ['covered', 'covered'],
  ['partial', 'gap, some content'],
  ['empty', 'gap, nothing'],
  ['extra', 'not needed, has content'],
  ['undefined', 'level not defined'],
];

/** One self-contained page: inline style, no script, no remote resource; a heat map per role that fits a phone. */
export const htmlReport: Reporter = (matrix, { locale }) => {
  const t = (text: Text) => escapeHtml(pick(text, locale, matrix.sourceLocale));
  const { framework, summary } = matrix;
  const heads = matrix.levels
    .map((l) => `<th scope="col" class="level" title="${escapeHtml(l.id)}"><span>${t(l.title)}</span></th>`)
    .join('');
  const page = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Role coverage · ${t(framework.title)}</title>`,
    `<style>${htmlStyle}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Role coverage</h1>',
    `<p class="framework">${t(framework.title)} · <code>${escapeHtml(framework.id)}</code> ${escapeHtml(framework.version)}</p>`,
    `<p class="verdict ${summary.ok ? 'ok' : 'fail'}" id="verdict">${summary.ok ? '✔' : '✖'} ${escapeHtml(verdict(matrix))}</p>`,
    `<p class="note">Each cell shows lessons · questions. A cell a role needs wants at least 1 lesson and ${matrix.minQuestions} questions.</p>`,
    '<ul class="legend">',
    ...legend.map(([state, name]) => `<li><span class="swatch ${state}"></span>${name}</li>`),
    '</ul>',
    '</header>',
    '<main>',
    '<h2>Roles</h2>',
    '<p class="note">Needed cells covered at each level, and the study time of the whole path.</p>',
    `<div class="scroll"><table class="overview"><thead><tr><th scope="col">role</th>${heads}<th scope="col">total</th></tr></thead><tbody>`,
    ...matrix.roles.map((role) => overviewRow(matrix, role, t)),
    '</tbody></table></div>',
    '<h2>Each role’s path</h2>',
    ...matrix.roles.map((role) => roleSection(matrix, role, t, heads)),
    ...unrequired(matrix, t),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${page.join('\n')}\n`;
};

function overviewRow(matrix: CoverageMatrix, role: RoleCoverage, t: (x: Text) => string): string {
  const cells = matrix.levels.map(({ id }) => {
    const needed = role.requirements.flatMap((r) => r.cells).filter((c) => c.level === id);
    const covered = needed.filter((c) => c.covered).length;
    const state =
      needed.length === 0
        ? 'none'
        : covered === needed.length
          ? 'covered'
          : covered === 0
            ? 'empty'
            : 'partial';
    const time = duration(role.minutesByLevel[id] ?? 0);
    const text = needed.length === 0 ? '' : `${covered}/${needed.length}`;
    return `<td class="sum ${state}" data-role="${escapeHtml(role.id)}" data-level="${escapeHtml(id)}" data-state="${state}" title="${covered} of ${needed.length} needed cells covered, ${time}">${text}</td>`;
  });
  const state = role.uncoveredCells > 0 ? 'empty' : 'covered';
  return `<tr><th scope="row"><a href="#role-${escapeHtml(role.id)}">${t(role.title)}</a><small><code>${escapeHtml(role.id)}</code></small></th>${cells.join('')}<td class="sum total ${state}">${timeHtml(role.minutes)}</td></tr>`;
}

function roleSection(
  matrix: CoverageMatrix,
  role: RoleCoverage,
  t: (x: Text) => string,
  heads: string,
): string {
  const rows = roleGrid(matrix, role).map((row) => {
    const title = row.row
      ? `${t(row.row.title)}<small><code>${escapeHtml(row.competency)}</code></small>`
      : `<code>${escapeHtml(row.competency)}</code>`;
    const note = statusNote(row.status, row.level);
    const problem = note ? `<span class="problem">⚠ ${escapeHtml(note)}</span>` : '';
    const cells = row.cells.map((cell) => cellHtml(role.id, row.competency, cell)).join('');
    return `<tr data-competency="${escapeHtml(row.competency)}" data-status="${row.status}"><th scope="row">${title}${problem}</th>${cells}</tr>`;
  });
  const time = matrix.levels
    .map((l) => `<td class="sum total">${timeHtml(role.minutesByLevel[l.id] ?? 0)}</td>`)
    .join('');
  const bad = role.uncoveredCells > 0 || role.requirements.some((r) => r.status !== 'ok');
  const count =
    role.uncoveredCells > 0
      ? `<span class="bad">${role.uncoveredCells} of ${role.neededCells} uncovered</span>`
      : `${plural(role.neededCells, 'cell')} covered`;
  return [
    `<details id="role-${escapeHtml(role.id)}"${bad ? ' open' : ''}>`,
    `<summary>${t(role.title)} <code>${escapeHtml(role.id)}</code> <span class="count">· ${count} · ${duration(role.minutes)}</span></summary>`,
    `<div class="scroll"><table class="heat" data-role="${escapeHtml(role.id)}"><thead><tr><th scope="col">competency</th>${heads}</tr></thead><tbody>`,
    ...rows,
    `<tr class="time"><th scope="row">study time</th>${time}</tr>`,
    '</tbody></table></div>',
    '</details>',
  ].join('\n');
}

function cellHtml(role: string, competency: string, cell: GridCell): string {
  const data = `data-role="${escapeHtml(role)}" data-competency="${escapeHtml(competency)}" data-level="${escapeHtml(cell.level)}" data-state="${cell.state}"`;
  if (cell.state === 'undefined')
    return `<td class="cell undefined" ${data} title="level not defined">—</td>`;
  const title = `${cell.lessons} lesson${cell.lessons === 1 ? '' : 's'}, ${cell.questions} question${cell.questions === 1 ? '' : 's'}, ${duration(cell.minutes)}`;
  const mark = marks[cell.state] ? `${marks[cell.state]} ` : '';
  return `<td class="cell ${cell.state}" ${data} title="${title}">${mark}<span class="n">${cell.lessons} · ${cell.questions}</span></td>`;
}

function unrequired(matrix: CoverageMatrix, t: (x: Text) => string): string[] {
  const ids = new Set(matrix.summary.unrequiredCompetencies);
  if (ids.size === 0) return [];
  const items = matrix.competencies
    .filter((c) => ids.has(c.id))
    .map((c) => `<li>${t(c.title)} <code>${escapeHtml(c.id)}</code></li>`);
  return ['<h2>Competencies no role requires</h2>', '<ul class="unrequired">', ...items, '</ul>'];
}

/** A duration that may wrap between hours and minutes, never inside either: a narrow column stays narrow. */
function timeHtml(minutes: number): string {
  return duration(minutes)
    .split(/ (?=\d)/)
    .map((part) => `<span class="n">${part}</span>`)
    .join(' ');
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
