import { cellKey, definedLevels, type Lookup } from '../model/lookup.js';
import type { Framework } from '../model/types.js';
import { type ContentIndex, indexContent } from './content-index.js';
import { classifyRequirement, isValidRequirement } from './requirement.js';
import type {
  CellCounts,
  CompetencyCoverage,
  CoverageMatrix,
  CoverageSummary,
  RequirementCoverage,
  RoleCoverage,
} from './types.js';

/** The matrix and the content index it was computed from (the rules that list lessons read the index). */
export interface Coverage {
  matrix: CoverageMatrix;
  index: ContentIndex;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** Computes roles × competencies × levels in one pass over the model; a pure function of the framework. */
export function computeCoverage(framework: Framework, look: Lookup): Coverage {
  const index = indexContent(framework);
  const minQuestions = framework.manifest.assessment.minQuestions;
  const counts = (competency: string, level: string): CellCounts => {
    const { lessons, questions } = index.get(competency, level);
    let minutes = 0;
    for (const lesson of lessons) minutes += lesson.minutes;
    return { lessons: lessons.length, questions: questions.length, minutes };
  };
  const neededBy = new Map<string, Set<string>>();
  const requiredBy = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, role: string) => {
    const set = map.get(key) ?? new Set<string>();
    map.set(key, set.add(role));
  };
  const roles: RoleCoverage[] = [];
  for (const role of framework.roles.filter((r) => look.role.get(r.id) === r).sort(byId)) {
    const minutesByLevel = Object.fromEntries(look.levelIds.map((id) => [id, 0]));
    const requirements: RequirementCoverage[] = sorted(Object.keys(role.requires)).map((competency) => {
      const level = role.requires[competency]!;
      const { status, needed } = classifyRequirement(competency, level, look);
      if (status !== 'unknown-competency') add(requiredBy, competency, role.id);
      const cells = needed.map((cellLevel) => {
        const cell = counts(competency, cellLevel);
        add(neededBy, cellKey(competency, cellLevel), role.id);
        minutesByLevel[cellLevel] = (minutesByLevel[cellLevel] ?? 0) + cell.minutes;
        return { level: cellLevel, ...cell, covered: cell.lessons >= 1 && cell.questions >= minQuestions };
      });
      return { competency, level, status, cells };
    });
    const all = requirements.flatMap((r) => r.cells);
    roles.push({
      id: role.id,
      title: role.title,
      requirements,
      minutesByLevel,
      minutes: Object.values(minutesByLevel).reduce((a, b) => a + b, 0),
      neededCells: all.length,
      uncoveredCells: all.filter((c) => !c.covered).length,
    });
  }
  const competencies: CompetencyCoverage[] = framework.competencies
    .filter((c) => look.competency.get(c.id) === c)
    .sort(byId)
    .map((c) => ({
      id: c.id,
      area: c.area,
      title: c.title,
      cells: definedLevels(c, look).map((level) => ({
        level,
        ...counts(c.id, level),
        neededBy: sorted(neededBy.get(cellKey(c.id, level)) ?? []),
      })),
      requiredBy: sorted(requiredBy.get(c.id) ?? []),
    }));
  const { manifest } = framework;
  const matrix: CoverageMatrix = {
    framework: { id: manifest.id, version: manifest.version, title: manifest.title },
    sourceLocale: framework.sourceLocale,
    levels: manifest.levels.map((l) => ({ id: l.id, title: l.title })),
    minQuestions,
    focus: null,
    summary: summarise(roles, competencies),
    roles,
    competencies,
  };
  return { matrix, index };
}

/** Totals over a set of roles and competencies. */
export function summarise(roles: RoleCoverage[], competencies: CompetencyCoverage[]): CoverageSummary {
  const invalid = roles.reduce(
    (n, r) => n + r.requirements.filter((q) => !isValidRequirement(q.status)).length,
    0,
  );
  const uncovered = roles.reduce((n, r) => n + r.uncoveredCells, 0);
  return {
    ok: uncovered === 0 && invalid === 0,
    roles: roles.length,
    rolesWithGaps: roles.filter((r) => r.uncoveredCells > 0).length,
    neededCells: roles.reduce((n, r) => n + r.neededCells, 0),
    uncoveredCells: uncovered,
    invalidRequirements: invalid,
    unrequiredCompetencies: competencies.filter((c) => c.requiredBy.length === 0).map((c) => c.id),
  };
}

const cache = new WeakMap<Framework, Coverage>();

/** The coverage of a framework, computed once per model and shared by every rule and the report. */
export function coverageOf(framework: Framework, look: Lookup): Coverage {
  const cached = cache.get(framework);
  if (cached) return cached;
  const coverage = computeCoverage(framework, look);
  cache.set(framework, coverage);
  return coverage;
}
