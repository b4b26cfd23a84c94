import { summarise } from './matrix.js';
import type { CoverageMatrix } from './types.js';

/** The matrix narrowed to one role (`--role`): that role and the competencies it requires. */
export function focusOnRole(matrix: CoverageMatrix, roleId: string): CoverageMatrix | undefined {
  const role = matrix.roles.find((r) => r.id === roleId);
  if (!role) return undefined;
  const required = new Set(role.requirements.map((r) => r.competency));
  const competencies = matrix.competencies
    .filter((c) => required.has(c.id))
    .map((c) => ({
      ...c,
      cells: c.cells.map((cell) => ({ ...cell, neededBy: cell.neededBy.filter((id) => id === roleId) })),
      requiredBy: [roleId],
    }));
  return {
    ...matrix,
    focus: roleId,
    roles: [role],
    competencies,
    summary: summarise([role], competencies),
  };
}
