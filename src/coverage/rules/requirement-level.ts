import { definedLevels } from '../../model/lookup.js';
import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageOf } from '../matrix.js';
import type { RequirementStatus } from '../types.js';

const where: Partial<Record<RequirementStatus, (defined: string[]) => string>> = {
  'above-highest': (d) => `above the highest level that competency defines (\`${d[d.length - 1]}\`)`,
  'below-lowest': (d) => `below the lowest level that competency defines (\`${d[0]}\`)`,
  'skipped-level': (d) => `a level that competency skips (it defines ${d.map((l) => `\`${l}\``).join(', ')})`,
};

/**
 * A role requires a level its competency defines. The one place that reports `undefined-level` for role
 * requirements (unknown-reference leaves them here), saying where the level falls and what to change.
 */
export const requirementLevelRule: FrameworkRule = {
  id: 'requirement-level',
  check({ framework, look, report }) {
    const { matrix } = coverageOf(framework, look);
    for (const role of matrix.roles) {
      const origin = look.role.get(role.id)!.origin;
      for (const { competency, level, status } of role.requirements) {
        const describe = where[status];
        if (!describe) continue;
        const target = look.competency.get(competency)!;
        const defined = definedLevels(target, look);
        // A competency with no level of the manifest is reported on its own file by unknown-reference.
        if (defined.length === 0) continue;
        const nearest =
          status === 'below-lowest'
            ? defined[0]
            : defined
                .filter((l) => (look.levelRank.get(l) ?? Infinity) < (look.levelRank.get(level) ?? -Infinity))
                .pop();
        report({
          ruleId: 'undefined-level',
          severity: 'error',
          file: origin.file,
          start: origin.positions[`requires.${competency}:level`],
          message: `Role \`${role.id}\` requires \`${competency}\` at \`${level}\`, ${describe(defined)}`,
          hint: `Require \`${nearest}\` instead, or define \`${level}\` with its outcomes in ${target.origin.file}.`,
        });
      }
    }
  },
};
