import type { Position } from '../../diagnostics/diagnostic.js';
import type { Origin } from '../../model/types.js';
import type { FrameworkRule } from './rule.js';

/** An id must be unique within its kind across the whole tree. */
export const duplicateIdRule: FrameworkRule = {
  id: 'duplicate-id',
  check({ framework, report }) {
    const manifest = framework.manifest;
    const kinds: [string, { id: string; origin: Origin }[]][] = [
      ['competency', framework.competencies],
      ['role', framework.roles],
      ['lesson', framework.lessons],
      ['question', framework.questions],
      [
        'translation',
        framework.translations.map((t) => ({ id: `${t.id} (${t.version.locale})`, origin: t.origin })),
      ],
      [
        'level',
        manifest.levels.map((l, i) => ({
          id: l.id,
          origin: {
            file: manifest.origin.file,
            positions: { id: manifestPos(manifest.origin, 'levels', i) },
          },
        })),
      ],
      [
        'area',
        manifest.areas.map((a, i) => ({
          id: a.id,
          origin: { file: manifest.origin.file, positions: { id: manifestPos(manifest.origin, 'areas', i) } },
        })),
      ],
    ];
    for (const [kind, items] of kinds) {
      const first = new Map<string, Origin>();
      for (const item of items) {
        const earlier = first.get(item.id);
        if (!earlier) {
          first.set(item.id, item.origin);
          continue;
        }
        const where = `${earlier.file}:${earlier.positions.id?.line ?? 1}`;
        report({
          ruleId: 'duplicate-id',
          severity: 'error',
          file: item.origin.file,
          start: item.origin.positions.id,
          message: `Duplicate ${kind} id \`${item.id}\`, first declared at ${where}`,
          hint: `Ids are unique within their kind: rename one of the two ${kind}s.`,
        });
      }
    }
  },
};

function manifestPos(origin: Origin, group: string, index: number): Position {
  return origin.positions[`${group}.${index}`] ?? origin.positions[group] ?? { line: 1, column: 1 };
}
