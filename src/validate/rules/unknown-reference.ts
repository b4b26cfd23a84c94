import type { Origin } from '../../model/types.js';
import { closest } from '../closest.js';
import type { FrameworkRule, RuleContext } from './rule.js';

/** References to areas, competencies and levels must name ones that exist, and levels the competency defines. */
export const unknownReferenceRule: FrameworkRule = {
  id: 'unknown-reference',
  check(context) {
    const { framework, look } = context;
    for (const competency of framework.competencies) {
      if (!look.areaIds.has(competency.area)) {
        unknown(context, competency.origin, 'area', 'area', competency.area, [...look.areaIds]);
      }
      for (const level of Object.keys(competency.levels)) {
        if (!look.levelRank.has(level)) {
          unknown(context, competency.origin, `levels.${level}`, 'level', level, look.levelIds);
        }
      }
    }
    const cells = [
      ...framework.lessons.map((l) => ({ item: l, kind: 'lesson' })),
      ...framework.questions.map((q) => ({ item: q, kind: 'question' })),
    ];
    for (const { item, kind } of cells) {
      checkCell(context, item.origin, kind, item.id, item.competency, item.level, 'competency', 'level');
    }
    for (const role of framework.roles) {
      for (const [competency, level] of Object.entries(role.requires)) {
        checkCell(
          context,
          role.origin,
          'role',
          role.id,
          competency,
          level,
          `requires.${competency}`,
          `requires.${competency}:level`,
          // A role may require a level its competency lacks: the coverage rule `requirement-level` reports that.
          false,
        );
      }
    }
  },
};

function checkCell(
  context: RuleContext,
  origin: Origin,
  kind: string,
  id: string,
  competencyId: string,
  level: string,
  competencyField: string,
  levelField: string,
  checkDefined = true,
): void {
  const { look, framework } = context;
  const competency = look.competency.get(competencyId);
  if (!competency) {
    if (!framework.brokenIds.has(`competency:${competencyId}`)) {
      unknown(context, origin, competencyField, 'competency', competencyId, [...look.competency.keys()]);
    }
    return;
  }
  if (!look.levelRank.has(level)) {
    unknown(context, origin, levelField, 'level', level, look.levelIds);
    return;
  }
  if (checkDefined && !(level in competency.levels)) {
    context.report({
      ruleId: 'undefined-level',
      severity: 'error',
      file: origin.file,
      start: origin.positions[levelField],
      message: `${capital(kind)} \`${id}\` uses level \`${level}\` of \`${competencyId}\`, which that competency does not define`,
      hint: `\`${competencyId}\` defines ${Object.keys(competency.levels).join(', ')}: pick one of those, or add \`${level}\` to ${competency.origin.file}.`,
    });
  }
}

function unknown(
  context: RuleContext,
  origin: Origin,
  field: string,
  kind: string,
  value: string,
  known: string[],
): void {
  const suggestion = known.find((k) => k.toLowerCase() === value.toLowerCase()) ?? closest(value, known);
  context.report({
    ruleId: 'unknown-reference',
    severity: 'error',
    file: origin.file,
    start: origin.positions[field],
    message: `Unknown ${kind} \`${value}\``,
    hint: suggestion
      ? `Did you mean \`${suggestion}\`?`
      : `Declare the ${kind} first, or use one that exists.`,
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
