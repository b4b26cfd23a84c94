import type { Competency } from '../../model/types.js';
import { type ChangeSink, matchById, placeOf, sameText, sameTexts, staleLocales } from '../match.js';

/** Competencies: added, removed, moved to another area, retitled, levels added or dropped, outcomes changed. */
export function competencyChanges(
  old: readonly Competency[],
  now: readonly Competency[],
  source: string,
  report: ChangeSink,
): void {
  const { removed, added, kept } = matchById(old, now);
  for (const c of removed)
    report({
      kind: 'competency-removed',
      severity: 'breaking',
      entity: 'competency',
      id: c.id,
      message: `Competency \`${c.id}\` removed: courses, certificates and records that name it point at nothing`,
      place: placeOf(c.origin, 'old'),
    });
  for (const c of added)
    report({
      kind: 'competency-added',
      severity: 'info',
      entity: 'competency',
      id: c.id,
      message: `Competency \`${c.id}\` added in area \`${c.area}\``,
      place: placeOf(c.origin, 'new'),
    });
  for (const [a, b] of kept) {
    if (a === b) continue; // parsed once from the same git blob
    const at = (field = '') => placeOf(b.origin, 'new', field);
    if (a.area !== b.area)
      report({
        kind: 'competency-moved',
        severity: 'warning',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\` moved from area \`${a.area}\` to \`${b.area}\``,
        before: a.area,
        after: b.area,
        place: at('area'),
      });
    if (!sameText(a.title, b.title) || !sameText(a.description, b.description))
      report({
        kind: 'competency-retitled',
        severity: 'info',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\`: title or description reworded`,
        place: at(),
      });
    for (const level of Object.keys(a.levels).filter((l) => !(l in b.levels)))
      report({
        kind: 'competency-level-removed',
        severity: 'breaking',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\` no longer defines level \`${level}\`: certificates at that level point at nothing`,
        details: [level],
        place: at('levels'),
      });
    for (const level of Object.keys(b.levels).filter((l) => !(l in a.levels)))
      report({
        kind: 'competency-level-added',
        severity: 'info',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\` now defines level \`${level}\``,
        details: [level],
        place: at(`levels.${level}`),
      });
    const changedLevels = Object.keys(b.levels).filter(
      (l) => l in a.levels && !sameTexts(a.levels[l]?.outcomes, b.levels[l]?.outcomes),
    );
    for (const level of changedLevels)
      report({
        kind: 'outcomes-changed',
        severity: 'warning',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\`: outcomes at level \`${level}\` changed`,
        details: [level],
        place: at(`levels.${level}`),
      });
    const texts = (c: Competency) => [
      c.title,
      c.description ?? {},
      ...Object.keys(b.levels).flatMap((l) => c.levels[l]?.outcomes ?? []),
    ];
    const stale = staleLocales(texts(a), texts(b), source);
    if (stale.length)
      report({
        kind: 'translation-stale',
        severity: 'warning',
        entity: 'competency',
        id: b.id,
        message: `Competency \`${b.id}\`: source text changed but its ${stale.join(', ')} translation did not`,
        details: stale,
        place: at(),
      });
  }
}
