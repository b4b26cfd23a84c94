import type { Framework } from '../model/types.js';
import { codePointOrder } from '../util/collections.js';
import { competencyChanges } from './changes/competencies.js';
import { lessonChanges } from './changes/lessons.js';
import { manifestChanges } from './changes/manifest.js';
import { questionChanges } from './changes/questions.js';
import { roleChanges } from './changes/roles.js';
import { roleImpact } from './impact.js';
import { type Change, type DiffResult, type Entity, severities } from './types.js';
import { checkVersionBump } from './version-bump.js';

const entityOrder: readonly Entity[] = [
  'framework',
  'level',
  'area',
  'competency',
  'role',
  'lesson',
  'question',
];

/** The semantic diff of two loaded frameworks: changes matched by id, the version-bump rule and the impact per role. */
export function diffFrameworks(
  old: Framework,
  now: Framework,
  labels: { old: string; new: string },
): DiffResult {
  const found: Change[] = [];
  const report = (change: Change) => found.push(change);
  const source = now.sourceLocale;
  manifestChanges(old.manifest, now.manifest, report);
  competencyChanges(old.competencies, now.competencies, source, report);
  const order = [...now.manifest.levels, ...old.manifest.levels].map((l) => l.id);
  roleChanges(old.roles, now.roles, (level) => order.indexOf(level), report);
  lessonChanges(old.lessons, now.lessons, source, report);
  questionChanges(old.questions, now.questions, source, report);
  // An entity whose file is broken on either side is absent from that model, not removed or added: leave it out.
  const broken = new Set([...old.brokenIds, ...now.brokenIds]);
  const changes = found.filter((c) => !broken.has(`${c.entity}:${c.id.split('/')[0]}`));
  const { bump, extra } = checkVersionBump(old.manifest, now.manifest, changes);
  changes.push(...extra);
  changes.sort(compareChanges);
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) summary[c.severity]++;
  return {
    schema: 1,
    old: { label: labels.old, id: old.manifest.id, version: old.manifest.version },
    new: { label: labels.new, id: now.manifest.id, version: now.manifest.version },
    summary,
    versionBump: bump,
    changes,
    impact: roleImpact(old, now, changes),
  };
}

/** Most severe first, then by kind of entity, id and change kind: the same input prints the same list. */
export function compareChanges(a: Change, b: Change): number {
  return (
    severities.indexOf(a.severity) - severities.indexOf(b.severity) ||
    entityOrder.indexOf(a.entity) - entityOrder.indexOf(b.entity) ||
    codePointOrder(a.id, b.id) ||
    codePointOrder(a.kind, b.kind) ||
    codePointOrder(a.message, b.message)
  );
}
