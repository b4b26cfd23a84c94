import type { Lesson, LessonVersion } from '../../model/types.js';
import { type ChangeSink, matchById, placeOf, sameText, sameTexts } from '../match.js';

/** Lessons: added, removed, moved to another cell, retitled, body or study time changed, translations gone stale. */
export function lessonChanges(
  old: readonly Lesson[],
  now: readonly Lesson[],
  source: string,
  report: ChangeSink,
): void {
  const { removed, added, kept } = matchById(old, now);
  for (const l of removed)
    report({
      kind: 'lesson-removed',
      severity: 'breaking',
      entity: 'lesson',
      id: l.id,
      message: `Lesson \`${l.id}\` removed (${l.minutes} min): courses and progress records that name it point at nothing`,
      before: l.minutes,
      place: placeOf(l.origin, 'old'),
    });
  for (const l of added)
    report({
      kind: 'lesson-added',
      severity: 'info',
      entity: 'lesson',
      id: l.id,
      message: `Lesson \`${l.id}\` added to \`${l.competency}\` at \`${l.level}\` (${l.minutes} min)`,
      after: l.minutes,
      place: placeOf(l.origin, 'new'),
    });
  for (const [a, b] of kept) {
    const at = (field = '') => placeOf(b.origin, 'new', field);
    if (a.competency !== b.competency || a.level !== b.level)
      report({
        kind: 'lesson-moved',
        severity: 'warning',
        entity: 'lesson',
        id: b.id,
        message: `Lesson \`${b.id}\` moved from \`${a.competency}\` at \`${a.level}\` to \`${b.competency}\` at \`${b.level}\``,
        before: `${a.competency}@${a.level}`,
        after: `${b.competency}@${b.level}`,
        place: at(a.competency !== b.competency ? 'competency' : 'level'),
      });
    if (a.minutes !== b.minutes)
      report({
        kind: 'lesson-minutes-changed',
        severity: 'info',
        entity: 'lesson',
        id: b.id,
        message: `Lesson \`${b.id}\`: study time ${a.minutes} → ${b.minutes} min`,
        before: a.minutes,
        after: b.minutes,
        place: at(),
      });
    const locales = [...new Set([...Object.keys(a.versions), ...Object.keys(b.versions)])].sort();
    // A version parsed once for both sides (the same git blob) is the same object: nothing to compare.
    const differs = locales.filter((l) => a.versions[l] !== b.versions[l]);
    const retitled = differs.filter((l) => !sameHeading(a.versions[l], b.versions[l]));
    if (retitled.length)
      report({
        kind: 'lesson-retitled',
        severity: 'info',
        entity: 'lesson',
        id: b.id,
        message: `Lesson \`${b.id}\`: title or objectives reworded (${retitled.join(', ')})`,
        details: retitled,
        place: at(),
      });
    const rewritten = differs.filter((l) => !sameBody(a.versions[l], b.versions[l]));
    if (rewritten.length)
      report({
        kind: 'lesson-body-changed',
        severity: 'info',
        entity: 'lesson',
        id: b.id,
        message: `Lesson \`${b.id}\`: body changed (${rewritten.join(', ')})`,
        details: rewritten,
        place: at(),
      });
    if (!retitled.includes(source) && !rewritten.includes(source)) continue;
    const stale = locales.filter(
      (l) =>
        l !== source && a.versions[l] && b.versions[l] && !retitled.includes(l) && !rewritten.includes(l),
    );
    if (stale.length)
      report({
        kind: 'translation-stale',
        severity: 'warning',
        entity: 'lesson',
        id: b.id,
        message: `Lesson \`${b.id}\`: source text changed but its ${stale.join(', ')} translation did not`,
        details: stale,
        place: { side: 'new', file: b.versions[stale[0]!]?.file ?? b.origin.file },
      });
  }
}

function sameHeading(a: LessonVersion | undefined, b: LessonVersion | undefined): boolean {
  return sameText(a?.title, b?.title) && sameTexts(a?.objectives, b?.objectives);
}

// Line endings and trailing blanks carry no meaning.
function sameBody(a: LessonVersion | undefined, b: LessonVersion | undefined): boolean {
  if (a?.body === b?.body) return true;
  const clean = (v: LessonVersion | undefined) =>
    v?.body
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .trimEnd();
  return clean(a) === clean(b);
}
