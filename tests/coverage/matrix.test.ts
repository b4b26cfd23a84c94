import { describe, expect, it } from 'vitest';
import { focusOnRole } from '../../src/coverage/focus.js';
import { matrixOf, mixedDir } from './load.js';

describe('coverage matrix', () => {
  it('counts lessons, questions and minutes per needed cell, and marks the gaps', async () => {
    const matrix = await matrixOf(mixedDir);
    const deputy = matrix.roles.find((r) => r.id === 'deputy')!;
    const cells = deputy.requirements.map((r) => [
      r.competency,
      r.level,
      r.status,
      r.cells
        .map((c) => `${c.level}:${c.lessons}/${c.questions}/${c.minutes}${c.covered ? '' : '!'}`)
        .join(' '),
    ]);
    expect(cells).toEqual([
      ['data.manage', 'advanced', 'ok', 'basic:1/2/15 advanced:1/1/25!'],
      ['data.search', 'intermediate', 'ok', 'basic:1/3/10 intermediate:0/1/0!'],
      ['safety.privacy', 'specialized', 'above-highest', 'basic:1/2/5 intermediate:1/2/30'],
    ]);
    expect(deputy.minutesByLevel).toEqual({ basic: 30, intermediate: 30, advanced: 25, specialized: 0 });
    expect(deputy).toMatchObject({ minutes: 85, neededCells: 6, uncoveredCells: 2 });
  });

  it('records who needs each content cell and which competencies nobody requires', async () => {
    const matrix = await matrixOf(mixedDir);
    const search = matrix.competencies.find((c) => c.id === 'data.search')!;
    expect(search.cells.map((c) => [c.level, c.neededBy])).toEqual([
      ['basic', ['clerk', 'deputy']],
      ['intermediate', ['deputy']],
      ['advanced', []],
    ]);
    expect(search.requiredBy).toEqual(['clerk', 'deputy']);
    expect(matrix.competencies.find((c) => c.id === 'data.manage')!.cells.map((c) => c.level)).toEqual([
      'basic',
      'advanced',
    ]);
    expect(matrix.summary).toEqual({
      ok: false,
      roles: 2,
      rolesWithGaps: 1,
      neededCells: 7,
      uncoveredCells: 2,
      invalidRequirements: 1,
      unrequiredCompetencies: ['safety.spare'],
    });
  });

  it('is the same for the same model, and sorted', async () => {
    const a = await matrixOf(mixedDir);
    const b = await matrixOf(mixedDir);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.roles.map((r) => r.id)).toEqual(['clerk', 'deputy']);
  });

  it('focuses on one role', async () => {
    const focused = focusOnRole(await matrixOf(mixedDir), 'clerk')!;
    expect(focused.focus).toBe('clerk');
    expect(focused.roles.map((r) => r.id)).toEqual(['clerk']);
    expect(focused.competencies.map((c) => c.id)).toEqual(['data.search']);
    expect(focused.summary).toMatchObject({ ok: true, roles: 1, neededCells: 1, uncoveredCells: 0 });
    expect(focusOnRole(focused, 'nobody')).toBeUndefined();
  });
});
