import { plural } from '../../util/collections.js';
import type {
  CellCounts,
  CompetencyCoverage,
  CoverageMatrix,
  RequirementStatus,
  RoleCoverage,
} from '../types.js';

/**
 * What a cell of a role's table shows: `covered`, `partial` (needed, some content but not enough), `empty`
 * (needed, nothing), `extra` (not needed, holds content), `none` (not needed, empty), `undefined` (no such level).
 */
export type CellState = 'covered' | 'partial' | 'empty' | 'extra' | 'none' | 'undefined';

export interface GridCell extends CellCounts {
  level: string;
  state: CellState;
}

/** One row of a role's table: a requirement and a cell per manifest level. */
export interface GridRow {
  competency: string;
  /** Undefined when the competency does not exist. */
  row?: CompetencyCoverage;
  level: string;
  status: RequirementStatus;
  cells: GridCell[];
}

const zero: CellCounts = { lessons: 0, questions: 0, minutes: 0 };

/** The rows of a role's table, one per requirement, with a cell per level of the manifest. */
export function roleGrid(matrix: CoverageMatrix, role: RoleCoverage): GridRow[] {
  const byId = new Map(matrix.competencies.map((c) => [c.id, c]));
  return role.requirements.map((requirement) => {
    const row = byId.get(requirement.competency);
    const needed = new Map(requirement.cells.map((c) => [c.level, c]));
    const cells = matrix.levels.map(({ id: level }): GridCell => {
      const need = needed.get(level);
      if (need) {
        const { lessons, questions, minutes } = need;
        const state = need.covered ? 'covered' : lessons + questions > 0 ? 'partial' : 'empty';
        return { level, lessons, questions, minutes, state };
      }
      const content = row?.cells.find((c) => c.level === level);
      if (!content) return { level, ...zero, state: 'undefined' };
      const { lessons, questions, minutes } = content;
      return { level, lessons, questions, minutes, state: lessons + questions > 0 ? 'extra' : 'none' };
    });
    return {
      competency: requirement.competency,
      row,
      level: requirement.level,
      status: requirement.status,
      cells,
    };
  });
}

/** Why a requirement cannot be checked as written, in a few words; undefined when it can. */
export function statusNote(status: RequirementStatus, level: string): string | undefined {
  switch (status) {
    case 'ok':
      return undefined;
    case 'skipped-level':
      return `requires ${level}, a level it skips`;
    case 'above-highest':
      return `requires ${level}, above its highest level`;
    case 'below-lowest':
      return `requires ${level}, below its lowest level`;
    case 'unknown-competency':
      return 'unknown competency';
    case 'unknown-level':
      return `unknown level ${level}`;
  }
}

/** "1 of 12 needed cells uncovered in 1 of 2 roles", or the all-clear. */
export function verdict(matrix: CoverageMatrix): string {
  const s = matrix.summary;
  const parts: string[] = [];
  if (s.uncoveredCells > 0) {
    parts.push(
      `${s.uncoveredCells} of ${plural(s.neededCells, 'needed cell')} uncovered in ${s.rolesWithGaps} of ${plural(s.roles, 'role')}`,
    );
  }
  if (s.invalidRequirements > 0) parts.push(plural(s.invalidRequirements, 'invalid requirement'));
  if (parts.length > 0) return parts.join('; ');
  return `Every needed cell is covered: ${plural(s.neededCells, 'cell')} in ${plural(s.roles, 'role')}`;
}

/** "1 h 05 min" / "45 min". */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
