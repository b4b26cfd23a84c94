import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageOf } from '../matrix.js';
import { hasBrokenRole } from './unrequired-competency.js';

/** Lessons and questions in a cell that no role needs: information, as they reach no one's path. */
export const unneededContentRule: FrameworkRule = {
  id: 'unneeded-content',
  check({ framework, look, report }) {
    if (hasBrokenRole(framework)) return;
    const { matrix } = coverageOf(framework, look);
    for (const competency of matrix.competencies) {
      const origin = look.competency.get(competency.id)!.origin;
      for (const cell of competency.cells) {
        if (cell.neededBy.length > 0 || cell.lessons + cell.questions === 0) continue;
        const held = [
          cell.lessons && `${cell.lessons} lesson${cell.lessons === 1 ? '' : 's'}`,
          cell.questions && `${cell.questions} question${cell.questions === 1 ? '' : 's'}`,
        ].filter(Boolean);
        report({
          ruleId: 'unneeded-content',
          severity: 'info',
          file: origin.file,
          start: origin.positions[`levels.${cell.level}`],
          message: `\`${competency.id}\` at \`${cell.level}\` holds ${held.join(' and ')} that no role needs`,
          hint: `Require \`${competency.id}: ${cell.level}\` (or higher) in the roles that should learn it, or leave it as optional content.`,
        });
      }
    }
  },
};
