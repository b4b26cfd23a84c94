import { cellKey, type Lookup } from '../../../model/lookup.js';
import { pick } from '../../../model/text.js';
import type { Framework, Question, Role } from '../../../model/types.js';
import type { BankTest } from './bank.js';
import { roleNeeds } from './select.js';

/** The competencies of one role × level cell: those the role needs at that level, in bank order. */
export function cellCompetencies(role: Role, level: string, look: Lookup, framework: Framework): string[] {
  const areaRank = new Map(framework.manifest.areas.map((a, i) => [a.id, i]));
  return Object.keys(role.requires)
    .filter((c) => roleNeeds(role, c, level, look))
    .sort((a, b) => {
      const ra = areaRank.get(look.competency.get(a)?.area ?? '') ?? 0;
      const rb = areaRank.get(look.competency.get(b)?.area ?? '') ?? 0;
      return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
    });
}

/** A test of the given questions, one section per competency in `competencies` order (empty ones left out). */
export function testOf(
  id: string,
  title: string,
  competencies: readonly string[],
  questions: readonly Question[],
  locale: string,
  framework: Framework,
  look: Lookup,
): BankTest {
  const sections = competencies
    .map((competency) => ({
      competency,
      title: pick(look.competency.get(competency)?.title, locale, framework.sourceLocale),
      questions: questions.filter((q) => q.competency === competency),
    }))
    .filter((s) => s.questions.length > 0);
  return { id, title, sections };
}

/** One test per role and level that has questions in the bank: what a certification session of that cell uses. */
export function testsByRole(
  questions: readonly Question[],
  locale: string,
  framework: Framework,
  look: Lookup,
): BankTest[] {
  const byCell = new Map<string, Question[]>();
  for (const q of questions) {
    const key = cellKey(q.competency, q.level);
    const list = byCell.get(key);
    if (list) list.push(q);
    else byCell.set(key, [q]);
  }
  const tests: BankTest[] = [];
  const roles = [...framework.roles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const role of roles) {
    for (const level of framework.manifest.levels) {
      const cell = cellCompetencies(role, level.id, look, framework);
      const inLevel = cell.flatMap((c) => byCell.get(cellKey(c, level.id)) ?? []);
      const title = `${pick(role.title, locale, framework.sourceLocale)} — ${pick(level.title, locale, framework.sourceLocale)}`;
      const test = testOf(`${role.id}.${level.id}`, title, cell, inLevel, locale, framework, look);
      if (test.sections.length > 0) tests.push(test);
    }
  }
  return tests;
}
