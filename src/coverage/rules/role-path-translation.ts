import type { FrameworkRule } from '../../validate/rules/rule.js';
import { coverageOf } from '../matrix.js';

const listed = 5;

/** A role's path (the lessons of every cell it needs) lacks translations into a locale: one warning per role and locale. */
export const rolePathTranslationRule: FrameworkRule = {
  id: 'role-path-translation',
  check({ framework, look, report }) {
    const targets = framework.manifest.locales.slice(1);
    if (targets.length === 0) return;
    const { matrix, index } = coverageOf(framework, look);
    for (const role of matrix.roles) {
      const lessons = new Map<string, Record<string, unknown>>();
      for (const requirement of role.requirements) {
        for (const cell of requirement.cells) {
          for (const lesson of index.get(requirement.competency, cell.level).lessons) {
            if (!lessons.has(lesson.id)) lessons.set(lesson.id, lesson.versions);
          }
        }
      }
      const origin = look.role.get(role.id)!.origin;
      for (const locale of targets) {
        const missing = [...lessons].filter(([, versions]) => !versions[locale]).map(([id]) => id);
        if (missing.length === 0) continue;
        const names = missing.slice(0, listed).map((id) => `\`${id}\``);
        if (missing.length > listed) names.push(`and ${missing.length - listed} more`);
        report({
          ruleId: 'role-path-translation',
          severity: 'warning',
          file: origin.file,
          start: origin.positions.id,
          message: `Role \`${role.id}\`'s path lacks the \`${locale}\` translation of ${missing.length} of ${lessons.size} lessons: ${names.join(', ')}`,
          hint: `Add the \`.${locale}.md\` translation beside each of those lessons, so the role's \`${locale}\` course is whole.`,
        });
      }
    }
  },
};
