import { cellKey as cell, definedLevels, type Lookup } from '../../../model/lookup.js';
import { pick } from '../../../model/text.js';
import type { Competency, Framework, Lesson, Question, Text } from '../../../model/types.js';
import { codePointOrder, groupBy } from '../../../util/collections.js';

/** The framework arranged for the site: competencies in area order, lessons and questions by (competency, level). */
export interface SiteModel {
  framework: Framework;
  look: Lookup;
  locales: string[];
  source: string;
  competencies: Competency[];
  /** `competency\0level` -> its lessons in file order. */
  lessons: Map<string, Lesson[]>;
  /** `competency\0level` -> its questions in bank order. */
  questions: Map<string, Question[]>;
  /** Lesson id -> the next lesson of the same competency (levels in order), for "next" links. */
  next: Map<string, Lesson>;
  text(text: Text | undefined, locale: string): string;
  levelTitle(level: string, locale: string): string;
  /** A lesson's title in a locale: its translation's title, else the lesson's own. */
  lessonTitle(lesson: Lesson, locale: string): string;
  /** A lesson's objectives in a locale: its translation's, else the lesson's own. */
  lessonObjectives(lesson: Lesson, locale: string): string[];
}

/** The key of one (competency, level) cell. */
/** A competency × level cell's key (the model's). */
export { cell };

/** Arranges a checked framework for the site's pages. */
export function siteModel(framework: Framework, look: Lookup): SiteModel {
  const areaRank = new Map(framework.manifest.areas.map((a, i) => [a.id, i]));
  const competencies = [...look.competency.values()].sort(
    (a, b) => (areaRank.get(a.area) ?? 0) - (areaRank.get(b.area) ?? 0) || codePointOrder(a.id, b.id),
  );
  const lessons = groupBy([...look.lesson.values()], (l) => cell(l.competency, l.level));
  for (const list of lessons.values())
    list.sort((a, b) => codePointOrder(a.origin.file, b.origin.file) || codePointOrder(a.id, b.id));
  const questions = groupBy([...look.question.values()], (q) => cell(q.competency, q.level));
  const next = new Map<string, Lesson>();
  for (const competency of competencies) {
    const ordered = definedLevels(competency, look).flatMap(
      (level) => lessons.get(cell(competency.id, level)) ?? [],
    );
    for (let i = 0; i + 1 < ordered.length; i++) next.set(ordered[i]!.id, ordered[i + 1]!);
  }
  const source = framework.sourceLocale;
  const levels = new Map(framework.manifest.levels.map((l) => [l.id, l]));
  return {
    framework,
    look,
    locales: framework.manifest.locales,
    source,
    competencies,
    lessons,
    questions,
    next,
    text: (text, locale) => pick(text, locale, source),
    levelTitle: (level, locale) => pick(levels.get(level)?.title, locale, source) || level,
    lessonTitle: (lesson, locale) => pick(lesson.versions[locale]?.title ?? lesson.title, locale, source),
    lessonObjectives: (lesson, locale) =>
      (lesson.versions[locale]?.objectives ?? lesson.objectives).map((o) => pick(o, locale, source)),
  };
}
