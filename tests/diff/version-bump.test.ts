import { describe, expect, it } from 'vitest';
import { bumpMade, isMajorBump } from '../../src/diff/version-bump.js';
import { diffChanges, edit } from './fixture.js';

const version = (v: string) => edit('curriculum.yaml', 'version: 1.0.0', `version: ${v}`);
const breaking = { 'roles/staff.yaml': null };
const warning = edit('roles/staff.yaml', 'data.search: basic', 'data.search: intermediate');

describe('the version-bump rule', () => {
  it('makes a breaking change without a major bump itself breaking', async () => {
    const result = await diffChanges({ ...breaking, ...version('1.1.0') });
    expect(result.changes.map((c) => `${c.severity} ${c.kind}`)).toEqual([
      'breaking version-not-bumped',
      'breaking role-removed',
      'info version-changed',
    ]);
    expect(result.versionBump).toEqual({ actual: 'minor', required: 'major', ok: false });
  });

  it('is satisfied by a major bump', async () => {
    const result = await diffChanges({ ...breaking, ...version('2.0.0') });
    expect(result.versionBump).toEqual({ actual: 'major', required: 'major', ok: true });
    expect(result.changes.some((c) => c.kind === 'version-not-bumped')).toBe(false);
  });

  it('counts a breaking change with no version change at all', async () => {
    const result = await diffChanges(breaking);
    expect(result.versionBump).toEqual({ actual: 'none', required: 'major', ok: false });
    expect(result.summary.breaking).toBe(2);
  });

  it('asks only for a minor bump for warnings, and never fails on it', async () => {
    const result = await diffChanges(warning);
    expect(result.versionBump).toEqual({ actual: 'none', required: 'minor', ok: true });
    expect(result.summary).toEqual({ breaking: 0, warning: 1, info: 0 });
  });

  it('reports a lowered version as a warning', async () => {
    const result = await diffChanges(version('0.9.0'));
    expect(result.changes.map((c) => `${c.severity} ${c.kind}`)).toEqual([
      'warning version-lowered',
      'info version-changed',
    ]);
  });

  it('follows semver below 1.0.0: a minor bump may break', () => {
    expect(isMajorBump('0.3.1', '0.4.0')).toBe(true);
    expect(isMajorBump('0.3.1', '0.3.2')).toBe(false);
    expect(isMajorBump('1.3.1', '1.4.0')).toBe(false);
    expect(isMajorBump('1.3.1', '2.0.0-rc.1')).toBe(true);
    expect(isMajorBump('2.0.0', '1.0.0')).toBe(false);
    expect(bumpMade('1.0.0', '1.0.1')).toBe('patch');
    expect(bumpMade('1.0.0', 'one')).toBe('invalid');
  });
});
