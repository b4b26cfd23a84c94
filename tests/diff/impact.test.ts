import { describe, expect, it } from 'vitest';
import { diffChanges, edit, major } from './fixture.js';

describe('impact per role', () => {
  it('counts lessons and minutes a raised requirement adds, and asks to re-examine that level', async () => {
    const result = await diffChanges({
      ...major,
      ...edit('roles/staff.yaml', 'data.search: basic', 'data.search: intermediate'),
    });
    expect(result.impact).toEqual([
      {
        role: 'staff',
        status: 'changed',
        levels: [
          {
            level: 'intermediate',
            lessonsAdded: 1,
            lessonsRemoved: 0,
            minutesAdded: 15,
            minutesRemoved: 0,
            questionsChanged: 3,
            reexamine: ['now requires `data.search` at this level'],
          },
        ],
      },
    ]);
  });

  it('touches every role whose path holds a changed lesson or question, and only those', async () => {
    const result = await diffChanges({
      ...major,
      ...edit('lessons/privacy/passwords.md', 'minutes: 20', 'minutes: 30'),
      ...edit('questions/privacy.yaml', 'answer: false', 'answer: true'),
    });
    expect(result.impact).toEqual([
      {
        role: 'deputy',
        status: 'changed',
        levels: [
          {
            level: 'basic',
            lessonsAdded: 0,
            lessonsRemoved: 0,
            minutesAdded: 10,
            minutesRemoved: 0,
            questionsChanged: 1,
            reexamine: ['1 question removed, moved or re-keyed'],
          },
        ],
      },
    ]);
  });

  it('asks to re-examine when outcomes change, not when wording does', async () => {
    const outcomes = await diffChanges({
      ...major,
      ...edit(
        'competencies/data.search.yaml',
        '{ vi: "Tìm bằng từ khóa", en: "Searches with keywords" }',
        '{ vi: "Tìm nhanh", en: "Searches fast" }',
      ),
    });
    const rows = outcomes.impact.map((r) => [
      r.role,
      r.levels.map((l) => `${l.level}: ${l.reexamine.join()}`),
    ]);
    expect(rows).toEqual([
      ['deputy', ['basic: outcomes of `data.search` changed']],
      ['staff', ['basic: outcomes of `data.search` changed']],
    ]);
    const wording = await diffChanges({
      ...major,
      ...edit('lessons/search/keywords.md', 'Tìm kiếm', 'Tra cứu'),
    });
    expect(wording.impact).toEqual([]);
  });

  it('shows what a removed role took with it', async () => {
    const result = await diffChanges({ ...major, 'roles/staff.yaml': null });
    expect(result.impact).toEqual([
      {
        role: 'staff',
        status: 'removed',
        levels: [
          {
            level: 'basic',
            lessonsAdded: 0,
            lessonsRemoved: 1,
            minutesAdded: 0,
            minutesRemoved: 10,
            questionsChanged: 3,
            reexamine: [],
          },
        ],
      },
    ]);
  });
});
