import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageOf } from '../matrix.js';
import type { NeededCell } from '../types.js';

/** Every cell a role needs has at least one lesson and `assessment.minQuestions` questions. */
export const coverageGapRule: FrameworkRule = {
  id: 'coverage-gap',
  check({ framework, look, report }) {
    const { matrix } = coverageOf(framework, look);
    for (const role of matrix.roles) {
      const origin = look.role.get(role.id)!.origin;
      for (const requirement of role.requirements) {
        const { competency, level } = requirement;
        for (const cell of requirement.cells) {
          if (cell.covered) continue;
          const via = cell.level === level ? '' : ` (on the way to \`${level}\`)`;
          report({
            ruleId: 'coverage-gap',
            severity: 'error',
            file: origin.file,
            start: origin.positions[`requires.${competency}`],
            message: `Role \`${role.id}\` needs \`${competency}\` at \`${cell.level}\`${via}: ${describeCell(cell, matrix.minQuestions)}`,
            hint: `${missing(cell, matrix.minQuestions)} with \`competency: ${competency}\` and \`level: ${cell.level}\`${
              via ? `: requiring \`${level}\` means every level of \`${competency}\` up to it` : ''
            }.`,
          });
        }
      }
    }
  },
};

/** "0 lessons, 1 of 3 questions". */
export function describeCell(cell: NeededCell, minQuestions: number): string {
  const lessons = `${cell.lessons} lesson${cell.lessons === 1 ? '' : 's'}`;
  return `${lessons}, ${cell.questions} of ${minQuestions} question${minQuestions === 1 ? '' : 's'}`;
}

function missing(cell: NeededCell, minQuestions: number): string {
  const parts: string[] = [];
  if (cell.lessons < 1) parts.push('a lesson');
  const short = minQuestions - cell.questions;
  if (short > 0) {
    const more = cell.questions > 0 ? ' more' : '';
    parts.push(`${short}${more} question${short === 1 ? '' : 's'}`);
  }
  return `Add ${parts.join(' and ')}`;
}
