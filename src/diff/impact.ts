import { type Lookup, lookup, neededLevels } from '../model/lookup.js';
import type { Framework, Lesson, Question, Role } from '../model/types.js';
import type { Change, LevelImpact, RoleImpact } from './types.js';

/** A role's path in one version: the cells (competency@level) it needs, with their lessons and questions. */
interface Path {
  cells: Set<string>;
  /** Level -> lesson id -> lesson. */
  lessons: Map<string, Map<string, Lesson>>;
  questions: Map<string, Map<string, Question>>;
}

/** Per role and level: lessons and minutes added or removed in its path, questions changed, certificates to re-examine. */
export function roleImpact(old: Framework, now: Framework, changes: readonly Change[]): RoleImpact[] {
  const before = indexed(old);
  const after = indexed(now);
  const changedQuestions = new Set(changes.filter((c) => c.entity === 'question').map((c) => c.id));
  const voidingQuestions = new Set(
    changes
      .filter((c) => ['question-answer-changed', 'question-removed', 'question-moved'].includes(c.kind))
      .map((c) => c.id),
  );
  const outcomes = new Set(
    changes.filter((c) => c.kind === 'outcomes-changed').map((c) => `${c.id}@${c.details?.[0]}`),
  );
  const levels = [...new Set([...now.manifest.levels, ...old.manifest.levels].map((l) => l.id))];
  const roles = [...new Set([...now.roles, ...old.roles].map((r) => r.id))].sort();
  const impacts: RoleImpact[] = [];
  for (const id of roles) {
    const a = before.look.role.get(id);
    const b = after.look.role.get(id);
    const pa = pathOf(a, before);
    const pb = pathOf(b, after);
    const rows: LevelImpact[] = [];
    for (const level of levels) {
      const la = pa.lessons.get(level) ?? new Map<string, Lesson>();
      const lb = pb.lessons.get(level) ?? new Map<string, Lesson>();
      const row: LevelImpact = {
        level,
        lessonsAdded: 0,
        lessonsRemoved: 0,
        minutesAdded: 0,
        minutesRemoved: 0,
        questionsChanged: 0,
        reexamine: [],
      };
      for (const [lid, lesson] of lb) {
        const was = la.get(lid);
        if (!was) row.lessonsAdded++;
        const delta = lesson.minutes - (was?.minutes ?? 0);
        if (delta > 0) row.minutesAdded += delta;
        else row.minutesRemoved -= delta;
      }
      for (const [lid, lesson] of la)
        if (!lb.has(lid)) {
          row.lessonsRemoved++;
          row.minutesRemoved += lesson.minutes;
        }
      const qa = pa.questions.get(level) ?? new Map<string, Question>();
      const qb = pb.questions.get(level) ?? new Map<string, Question>();
      const questionIds = new Set([...qa.keys(), ...qb.keys()]);
      row.questionsChanged = [...questionIds].filter(
        (q) => changedQuestions.has(q) || qa.has(q) !== qb.has(q),
      ).length;
      if (a && b) row.reexamine = reasons(level, pa, pb, qa, outcomes, voidingQuestions);
      const touched =
        row.lessonsAdded + row.lessonsRemoved + row.minutesAdded + row.minutesRemoved + row.questionsChanged;
      if (touched || row.reexamine.length) rows.push(row);
    }
    if (rows.length || !a || !b)
      impacts.push({ role: id, status: !a ? 'added' : !b ? 'removed' : 'changed', levels: rows });
  }
  return impacts;
}

// Certificates stand on the path's cells, their outcomes and their answer keys: any of those changing voids them.
function reasons(
  level: string,
  pa: Path,
  pb: Path,
  oldQuestions: Map<string, Question>,
  outcomes: Set<string>,
  voiding: Set<string>,
): string[] {
  const out: string[] = [];
  const cells = (p: Path) => [...p.cells].filter((c) => c.endsWith(`@${level}`)).sort();
  for (const cell of cells(pb)) {
    const competency = cell.slice(0, cell.lastIndexOf('@'));
    if (!pa.cells.has(cell)) out.push(`now requires \`${competency}\` at this level`);
    else if (outcomes.has(cell)) out.push(`outcomes of \`${competency}\` changed`);
  }
  const voided = [...oldQuestions.keys()].filter((q) => voiding.has(q)).length;
  if (voided) out.push(`${voided} question${voided === 1 ? '' : 's'} removed, moved or re-keyed`);
  return out;
}

function indexed(framework: Framework): {
  look: Lookup;
  lessons: Map<string, Lesson[]>;
  questions: Map<string, Question[]>;
} {
  const group = <T extends { competency: string; level: string }>(list: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const x of list) {
      const key = `${x.competency}@${x.level}`;
      const list = map.get(key);
      if (list) list.push(x);
      else map.set(key, [x]);
    }
    return map;
  };
  return {
    look: lookup(framework),
    lessons: group(framework.lessons),
    questions: group(framework.questions),
  };
}

function pathOf(role: Role | undefined, index: ReturnType<typeof indexed>): Path {
  const path: Path = { cells: new Set(), lessons: new Map(), questions: new Map() };
  for (const [id, target] of Object.entries(role?.requires ?? {})) {
    const competency = index.look.competency.get(id);
    if (!competency) continue;
    for (const level of neededLevels(competency, target, index.look)) {
      const cell = `${id}@${level}`;
      path.cells.add(cell);
      add(path.lessons, level, index.lessons.get(cell));
      add(path.questions, level, index.questions.get(cell));
    }
  }
  return path;
}

function add<T extends { id: string }>(
  byLevel: Map<string, Map<string, T>>,
  level: string,
  list?: T[],
): void {
  if (!list) return;
  const map = byLevel.get(level) ?? new Map<string, T>();
  byLevel.set(level, map);
  for (const x of list) if (!map.has(x.id)) map.set(x.id, x);
}
