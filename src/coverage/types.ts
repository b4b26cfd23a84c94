import type { Text } from '../model/types.js';

/** What the content puts into one (competency, level) cell. */
export interface CellCounts {
  lessons: number;
  questions: number;
  /** Sum of the cell's lesson minutes: its study time. */
  minutes: number;
}

/** A cell as the content fills it, and the roles (ids, sorted) that need it. */
export interface ContentCell extends CellCounts {
  level: string;
  neededBy: string[];
}

/** One competency's row: the cells of the levels it defines, lowest first. */
export interface CompetencyCoverage {
  id: string;
  area: string;
  title: Text;
  cells: ContentCell[];
  /** Roles (ids, sorted) that require this competency at any level. */
  requiredBy: string[];
}

/**
 * How a requirement's level relates to the competency: `ok` when the competency defines it; `skipped-level`,
 * `above-highest` and `below-lowest` when it does not; `unknown-*` when the competency or level does not exist.
 */
export type RequirementStatus =
  | 'ok'
  | 'skipped-level'
  | 'above-highest'
  | 'below-lowest'
  | 'unknown-competency'
  | 'unknown-level';

/** A cell a role needs, with whether the content covers it. */
export interface NeededCell extends CellCounts {
  level: string;
  covered: boolean;
}

/** One line of a role's `requires:` and the cells it makes the role need. */
export interface RequirementCoverage {
  competency: string;
  level: string;
  status: RequirementStatus;
  cells: NeededCell[];
}

/** A role's path: its requirements, study time by level and how many needed cells are uncovered. */
export interface RoleCoverage {
  id: string;
  title: Text;
  requirements: RequirementCoverage[];
  /** Level id -> minutes of the lessons in the needed cells at that level (every manifest level, 0 when none). */
  minutesByLevel: Record<string, number>;
  minutes: number;
  neededCells: number;
  uncoveredCells: number;
}

/** Totals over the roles shown. */
export interface CoverageSummary {
  /** True when every needed cell is covered and every requirement names a level its competency defines. */
  ok: boolean;
  roles: number;
  rolesWithGaps: number;
  neededCells: number;
  uncoveredCells: number;
  invalidRequirements: number;
  /** Competencies (ids) that no role requires. */
  unrequiredCompetencies: string[];
}

/** Roles × competencies × levels: the one coverage model the rules and every report format read. */
export interface CoverageMatrix {
  framework: { id: string; version: string; title: Text };
  sourceLocale: string;
  levels: { id: string; title: Text }[];
  minQuestions: number;
  /** The role the matrix is focused on (`--role`), else null. */
  focus: string | null;
  summary: CoverageSummary;
  roles: RoleCoverage[];
  competencies: CompetencyCoverage[];
}
