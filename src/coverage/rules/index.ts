import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageGapRule } from './coverage-gap.js';
import { requirementLevelRule } from './requirement-level.js';
import { rolePathTranslationRule } from './role-path-translation.js';
import { unneededContentRule } from './unneeded-content.js';
import { unrequiredCompetencyRule } from './unrequired-competency.js';

/** The coverage rules, in the order they run; part of `validate` and of every build. */
export const coverageRules: FrameworkRule[] = [
  requirementLevelRule,
  coverageGapRule,
  unrequiredCompetencyRule,
  rolePathTranslationRule,
  unneededContentRule,
];
