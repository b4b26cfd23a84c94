import type { Framework } from '../../model/types.js';
import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageOf } from '../matrix.js';

/** A competency that no role requires is taught to nobody: a warning. */
export const unrequiredCompetencyRule: FrameworkRule = {
  id: 'unrequired-competency',
  check({ framework, look, report }) {
    if (hasBrokenRole(framework)) return;
    const { matrix } = coverageOf(framework, look);
    for (const competency of matrix.competencies) {
      if (competency.requiredBy.length > 0) continue;
      const origin = look.competency.get(competency.id)!.origin;
      report({
        ruleId: 'unrequired-competency',
        severity: 'warning',
        file: origin.file,
        start: origin.positions.id,
        message: `Competency \`${competency.id}\` is required by no role`,
        hint: `Add \`${competency.id}: <level>\` to the \`requires:\` of the roles whose work needs it, or remove it.`,
      });
    }
  },
};

/** A role file with errors was left out of the model: what it requires is unknown, so "no role needs" may be wrong. */
export function hasBrokenRole(framework: Framework): boolean {
  for (const id of framework.brokenIds) if (id.startsWith('role:')) return true;
  return false;
}
