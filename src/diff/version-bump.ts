import semver from 'semver';
import type { Manifest } from '../model/types.js';
import { placeOf } from './match.js';
import type { Change, VersionBump } from './types.js';

/**
 * The version-bump rule: a breaking change without a major bump of `version` (in 0.x, a minor one, as semver has
 * it) is itself breaking; a lowered version is a warning. Returns the verdict and the changes it adds.
 */
export function checkVersionBump(
  old: Manifest,
  now: Manifest,
  changes: readonly Change[],
): { bump: VersionBump; extra: Change[] } {
  const counted = changes.filter((c) => c.kind !== 'version-changed');
  const required = counted.some((c) => c.severity === 'breaking')
    ? 'major'
    : counted.some((c) => c.severity === 'warning')
      ? 'minor'
      : counted.length
        ? 'patch'
        : 'none';
  const actual = bumpMade(old.version, now.version);
  const ok = required !== 'major' || isMajorBump(old.version, now.version);
  const extra: Change[] = [];
  const place = placeOf(now.origin, 'new', 'version');
  if (!ok)
    extra.push({
      kind: 'version-not-bumped',
      severity: 'breaking',
      entity: 'framework',
      id: now.id,
      message: `Breaking changes need a major version bump, but version went ${old.version} → ${now.version} (${actual})`,
      before: old.version,
      after: now.version,
      place,
    });
  if (actual === 'lower')
    extra.push({
      kind: 'version-lowered',
      severity: 'warning',
      entity: 'framework',
      id: now.id,
      message: `Version went down from ${old.version} to ${now.version}`,
      before: old.version,
      after: now.version,
      place,
    });
  return { bump: { actual, required, ok }, extra };
}

/** The bump from one version to the next: major, premajor, minor, ..., none, lower, or invalid. */
export function bumpMade(old: string, now: string): string {
  if (!semver.valid(old) || !semver.valid(now)) return 'invalid';
  if (semver.eq(old, now)) return 'none';
  if (semver.lt(now, old)) return 'lower';
  return semver.diff(old, now) ?? 'none';
}

/** True when `now` is a major release after `old`; below 1.0.0 a minor bump is major (semver item 4). */
export function isMajorBump(old: string, now: string): boolean {
  const a = semver.parse(old);
  const b = semver.parse(now);
  if (!a || !b || semver.lte(now, old)) return false;
  if (b.major > a.major) return true;
  return a.major === 0 && b.major === 0 && b.minor > a.minor;
}
