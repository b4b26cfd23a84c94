import { UsageError } from '../../../cli/errors.js';
import type { Lookup } from '../../../model/lookup.js';
import { neededLevels } from '../../../model/lookup.js';
import type { Framework, Question, Role } from '../../../model/types.js';
import { closest } from '../../../validate/closest.js';

/** Which questions a bank takes: each list empty means "all". */
export interface QuestionFilter {
  roles: readonly string[];
  levels: readonly string[];
  competencies: readonly string[];
}

/** Refuses role, level and competency ids the framework does not have, naming the nearest one. */
export function checkFilter(filter: QuestionFilter, look: Lookup): void {
  const known: [string, readonly string[], readonly string[]][] = [
    ['role', filter.roles, [...look.role.keys()]],
    ['level', filter.levels, look.levelIds],
    ['competency', filter.competencies, [...look.competency.keys()]],
  ];
  for (const [kind, wanted, ids] of known) {
    for (const id of wanted) {
      if (ids.includes(id)) continue;
      const near = closest(id, ids);
      throw new UsageError(
        `Unknown ${kind} \`${id}\``,
        near ? `Did you mean \`${near}\`?` : `Pass one of the framework's ${kind} ids.`,
      );
    }
  }
}

/** True when `role` needs `level` of the question's competency (every level up to the one it requires). */
export function roleNeeds(role: Role, competency: string, level: string, look: Lookup): boolean {
  const target = role.requires[competency];
  const definition = look.competency.get(competency);
  if (target === undefined || !definition) return false;
  return neededLevels(definition, target, look).includes(level);
}

/** The questions that pass the filter, in bank order: area, competency, level, then as written. */
export function selectQuestions(framework: Framework, look: Lookup, filter: QuestionFilter): Question[] {
  const roles = filter.roles.map((id) => look.role.get(id)!);
  const levels = new Set(filter.levels);
  const competencies = new Set(filter.competencies);
  const chosen = framework.questions.filter(
    (q) =>
      (levels.size === 0 || levels.has(q.level)) &&
      (competencies.size === 0 || competencies.has(q.competency)) &&
      (roles.length === 0 || roles.some((r) => roleNeeds(r, q.competency, q.level, look))),
  );
  return sortQuestions(chosen, look, framework);
}

/** Sorts questions by area (manifest order), competency id, level rank, file and line. */
export function sortQuestions(list: readonly Question[], look: Lookup, framework: Framework): Question[] {
  const areaRank = new Map(framework.manifest.areas.map((a, i) => [a.id, i]));
  const key = (q: Question) => [
    areaRank.get(look.competency.get(q.competency)?.area ?? '') ?? 0,
    q.competency,
    look.levelRank.get(q.level) ?? 0,
    q.origin.file,
    q.origin.positions['']?.line ?? 0,
    q.id,
  ];
  return list
    .map((q) => ({ q, k: key(q) }))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) {
        const x = a.k[i]!;
        const y = b.k[i]!;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    })
    .map((e) => e.q);
}
