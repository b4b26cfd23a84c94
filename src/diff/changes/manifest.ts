import type { Manifest } from '../../model/types.js';
import { type ChangeSink, matchById, placeOf, sameText } from '../match.js';

/** The framework itself: its id, version, levels and areas. */
export function manifestChanges(old: Manifest, now: Manifest, report: ChangeSink): void {
  const at = (field: string) => placeOf(now.origin, 'new', field);
  if (old.id !== now.id)
    report({
      kind: 'framework-id-changed',
      severity: 'breaking',
      entity: 'framework',
      id: now.id,
      message: `Framework id changed from \`${old.id}\` to \`${now.id}\`: records keyed by the old id no longer match`,
      before: old.id,
      after: now.id,
      place: at('id'),
    });
  if (old.version !== now.version)
    report({
      kind: 'version-changed',
      severity: 'info',
      entity: 'framework',
      id: now.id,
      message: `Version ${old.version} → ${now.version}`,
      before: old.version,
      after: now.version,
      place: at('version'),
    });
  const levelPlace = (i: number) => placeOf(now.origin, 'new', `levels.${i}`);
  const levels = matchById(old.levels, now.levels);
  for (const level of levels.removed)
    report({
      kind: 'level-removed',
      severity: 'breaking',
      entity: 'level',
      id: level.id,
      message: `Level \`${level.id}\` removed: certificates and courses at this level point at nothing`,
      place: at('levels'),
    });
  for (const level of levels.added)
    report({
      kind: 'level-added',
      severity: 'info',
      entity: 'level',
      id: level.id,
      message: `Level \`${level.id}\` added`,
      place: levelPlace(now.levels.indexOf(level)),
    });
  const keptOld = old.levels.filter((l) => now.levels.some((n) => n.id === l.id)).map((l) => l.id);
  const keptNew = now.levels.filter((l) => old.levels.some((o) => o.id === l.id)).map((l) => l.id);
  if (keptOld.join('\0') !== keptNew.join('\0'))
    report({
      kind: 'level-reordered',
      severity: 'breaking',
      entity: 'level',
      id: keptNew.join(','),
      message: `Levels reordered from ${keptOld.join(' < ')} to ${keptNew.join(' < ')}: what each requirement includes changed`,
      before: keptOld.join(','),
      after: keptNew.join(','),
      place: at('levels'),
    });
  for (const [a, b] of levels.kept)
    if (!sameText(a.title, b.title))
      report({
        kind: 'level-retitled',
        severity: 'info',
        entity: 'level',
        id: b.id,
        message: `Level \`${b.id}\` retitled`,
        place: levelPlace(now.levels.indexOf(b)),
      });
  const areas = matchById(old.areas, now.areas);
  const areaPlace = (i: number) => placeOf(now.origin, 'new', `areas.${i}`);
  for (const area of areas.removed)
    report({
      kind: 'area-removed',
      severity: 'warning',
      entity: 'area',
      id: area.id,
      message: `Area \`${area.id}\` removed`,
      place: at('areas'),
    });
  for (const area of areas.added)
    report({
      kind: 'area-added',
      severity: 'info',
      entity: 'area',
      id: area.id,
      message: `Area \`${area.id}\` added`,
      place: areaPlace(now.areas.indexOf(area)),
    });
  for (const [a, b] of areas.kept)
    if (!sameText(a.title, b.title))
      report({
        kind: 'area-retitled',
        severity: 'info',
        entity: 'area',
        id: b.id,
        message: `Area \`${b.id}\` retitled`,
        place: areaPlace(now.areas.indexOf(b)),
      });
}
