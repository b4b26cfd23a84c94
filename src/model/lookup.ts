import type { Competency, Framework, Lesson, Question, Role } from './types.js';

/** Id lookups and level order over a framework; the first entity wins where ids repeat. */
export interface Lookup {
  competency: Map<string, Competency>;
  role: Map<string, Role>;
  lesson: Map<string, Lesson>;
  question: Map<string, Question>;
  areaIds: Set<string>;
  /** Level id -> its rank, lowest first. */
  levelRank: Map<string, number>;
  levelIds: string[];
}

/** Items by id; the first wins where ids repeat. */
export const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
};

export function lookup(framework: Framework): Lookup {
  const levelIds = framework.manifest.levels.map((l) => l.id);
  return {
    competency: byId(framework.competencies),
    role: byId(framework.roles),
    lesson: byId(framework.lessons),
    question: byId(framework.questions),
    areaIds: new Set(framework.manifest.areas.map((a) => a.id)),
    levelRank: new Map(levelIds.map((id, i) => [id, i])),
    levelIds,
  };
}

/** The levels a competency defines, in the manifest's order. */
export function definedLevels(competency: Competency, look: Lookup): string[] {
  return look.levelIds.filter((id) => id in competency.levels);
}

/**
 * The levels a role needs of a competency it requires at `target`: every level the competency defines, from its
 * lowest up to and including `target` ("right person, right need").
 */
export function neededLevels(competency: Competency, target: string, look: Lookup): string[] {
  const rank = look.levelRank.get(target);
  if (rank === undefined) return [];
  return definedLevels(competency, look).filter((id) => (look.levelRank.get(id) ?? Infinity) <= rank);
}

/** The key of a competency × level cell: ids never hold U+0000. */
export function cellKey(competency: string, level: string): string {
  return `${competency}\u0000${level}`;
}
