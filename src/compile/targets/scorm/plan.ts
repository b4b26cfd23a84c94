import { cellKey, neededLevels } from '../../../model/lookup.js';
import type { Competency, Lesson, Question, Role } from '../../../model/types.js';
import { codePointOrder, groupBy } from '../../../util/collections.js';
import { seededShuffle } from '../../quiz/quiz-util.js';
import type { CompileContext } from '../../target.js';
import type { ScormOptions } from './options.js';

/** One package to build: a role at a level, its lessons in path order, and its assessment's questions. */
export interface PackagePlan {
  role: Role;
  level: string;
  competencies: Competency[];
  lessons: Lesson[];
  questions: Question[];
}

/**
 * The packages for the chosen roles and levels. A role's path is its required competencies in the order the
 * role file lists them; at level L it holds each one's lessons at L (by file path) when the role needs L of it.
 * The assessment draws, per competency, a fixed number of that level's questions in a stable shuffled order.
 */
export function planPackages(context: CompileContext, options: ScormOptions): PackagePlan[] {
  const { framework, look } = context;
  const lessonsByCell = groupBy(framework.lessons, (l) => cellKey(l.competency, l.level));
  const questionsByCell = groupBy(framework.questions, (q) => cellKey(q.competency, q.level));
  for (const list of lessonsByCell.values())
    list.sort((a, b) => codePointOrder(a.origin.file, b.origin.file));
  const perCompetency = options.questionsPerCompetency ?? framework.manifest.assessment.minQuestions;
  const roles = options.roles.length > 0 ? options.roles : framework.roles.map((r) => r.id);
  const levels = options.levels.length > 0 ? options.levels : look.levelIds;
  const plans: PackagePlan[] = [];
  for (const roleId of roles) {
    const role = look.role.get(roleId);
    if (!role) continue;
    for (const level of levels) {
      const competencies = Object.entries(role.requires)
        .map(([id, target]) => ({ competency: look.competency.get(id), target }))
        .filter((x): x is { competency: Competency; target: string } => x.competency !== undefined)
        .filter((x) => neededLevels(x.competency, x.target, look).includes(level))
        .map((x) => x.competency);
      const lessons = competencies.flatMap((c) => lessonsByCell.get(cellKey(c.id, level)) ?? []);
      if (lessons.length === 0) continue;
      const questions = competencies.flatMap((c) => {
        const cell = [...(questionsByCell.get(cellKey(c.id, level)) ?? [])].sort((a, b) =>
          codePointOrder(a.id, b.id),
        );
        return seededShuffle(cell, `${role.id}/${level}/${c.id}`).slice(0, perCompetency);
      });
      plans.push({ role, level, competencies, lessons, questions });
    }
  }
  return plans;
}
