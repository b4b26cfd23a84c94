import { definedLevels, type Lookup, neededLevels } from '../model/lookup.js';
import type { RequirementStatus } from './types.js';

/** Where a required level falls against the levels its competency defines, and the levels the role then needs. */
export function classifyRequirement(
  competencyId: string,
  level: string,
  look: Lookup,
): { status: RequirementStatus; needed: string[] } {
  const competency = look.competency.get(competencyId);
  if (!competency) return { status: 'unknown-competency', needed: [] };
  const rank = look.levelRank.get(level);
  if (rank === undefined) return { status: 'unknown-level', needed: [] };
  const needed = neededLevels(competency, level, look);
  if (level in competency.levels) return { status: 'ok', needed };
  const defined = definedLevels(competency, look);
  const lowest = look.levelRank.get(defined[0] ?? '') ?? Infinity;
  const highest = look.levelRank.get(defined[defined.length - 1] ?? '') ?? -Infinity;
  if (rank > highest) return { status: 'above-highest', needed };
  if (rank < lowest) return { status: 'below-lowest', needed };
  return { status: 'skipped-level', needed };
}

/** A requirement the coverage can be checked against as written. */
export function isValidRequirement(status: RequirementStatus): boolean {
  return status === 'ok';
}
