import type { Role } from '../../model/types.js';
import { type ChangeSink, matchById, placeOf, sameText } from '../match.js';

/** Roles: added, removed, retitled; requirements added, removed, raised or lowered. `rank` orders level ids. */
export function roleChanges(
  old: readonly Role[],
  now: readonly Role[],
  rank: (level: string) => number,
  report: ChangeSink,
): void {
  const { removed, added, kept } = matchById(old, now);
  for (const r of removed)
    report({
      kind: 'role-removed',
      severity: 'breaking',
      entity: 'role',
      id: r.id,
      message: `Role \`${r.id}\` removed: its certificates and courses point at nothing`,
      place: placeOf(r.origin, 'old'),
    });
  for (const r of added)
    report({
      kind: 'role-added',
      severity: 'info',
      entity: 'role',
      id: r.id,
      message: `Role \`${r.id}\` added`,
      place: placeOf(r.origin, 'new'),
    });
  for (const [a, b] of kept) {
    if (a === b) continue; // parsed once from the same git blob
    if (!sameText(a.title, b.title) || !sameText(a.description, b.description))
      report({
        kind: 'role-retitled',
        severity: 'info',
        entity: 'role',
        id: b.id,
        message: `Role \`${b.id}\`: title or description reworded`,
        place: placeOf(b.origin, 'new'),
      });
    const competencies = [...new Set([...Object.keys(a.requires), ...Object.keys(b.requires)])].sort();
    for (const competency of competencies) {
      const before = a.requires[competency];
      const after = b.requires[competency];
      if (before === after) continue;
      const id = `${b.id}/${competency}`;
      const at = placeOf(b.origin, 'new', `requires.${competency}:level`);
      if (before === undefined)
        report({
          kind: 'requirement-added',
          severity: 'warning',
          entity: 'role',
          id,
          message: `Role \`${b.id}\` now requires \`${competency}\` at \`${after}\``,
          after,
          place: at,
        });
      else if (after === undefined)
        report({
          kind: 'requirement-removed',
          severity: 'breaking',
          entity: 'role',
          id,
          message: `Role \`${b.id}\` no longer requires \`${competency}\` (was \`${before}\`): certificates attest a requirement that is gone`,
          before,
          place: placeOf(b.origin, 'new', 'requires'),
        });
      else if (rank(after) > rank(before))
        report({
          kind: 'requirement-raised',
          severity: 'warning',
          entity: 'role',
          id,
          message: `Role \`${b.id}\` requires \`${competency}\` at \`${after}\` instead of \`${before}\``,
          before,
          after,
          place: at,
        });
      else
        report({
          kind: 'requirement-lowered',
          severity: 'breaking',
          entity: 'role',
          id,
          message: `Role \`${b.id}\` requires \`${competency}\` only at \`${after}\` instead of \`${before}\`: below what was certified`,
          before,
          after,
          place: at,
        });
    }
  }
}
