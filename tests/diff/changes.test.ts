import { describe, expect, it } from 'vitest';
import type { CommitFiles } from '../helpers/gitdir.js';
import { diffChanges, edit, fixture, lines, major } from './fixture.js';

const f = fixture();
const merge = (...parts: CommitFiles[]): CommitFiles => Object.assign({}, major, ...parts);
const manifest = (from: string | RegExp, to: string) =>
  edit('curriculum.yaml', from, to, { ...f, ...major } as Record<string, string>);

// One commit on top of the fixture per case, with a major bump; the expected lines are the whole change list.
const cases: [string, CommitFiles, string[]][] = [
  ['no change at all', major, []],
  [
    'framework id changed',
    manifest('id: diff-fixture', 'id: renamed'),
    ['breaking framework-id-changed renamed'],
  ],
  [
    'level added',
    manifest(/(areas:)/, '  - { id: expert, title: { vi: "Chuyên gia", en: "Expert" } }\n$1'),
    ['info level-added expert'],
  ],
  ['level removed', manifest(/ {2}- \{ id: advanced.*\n/, ''), ['breaking level-removed advanced']],
  ['level retitled', manifest('en: "Advanced"', 'en: "Higher"'), ['info level-retitled advanced']],
  [
    'levels reordered',
    manifest(/( {2}- \{ id: intermediate.*\n)( {2}- \{ id: advanced.*\n)/, '$2$1'),
    ['breaking level-reordered basic,advanced,intermediate'],
  ],
  ['area added', manifest(/$/, '  - { id: ai, title: { vi: "AI", en: "AI" } }\n'), ['info area-added ai']],
  ['area removed', manifest(/ {2}- \{ id: safety.*\n/, ''), ['warning area-removed safety']],
  ['area retitled', manifest('en: "Safety"', 'en: "Security"'), ['info area-retitled safety']],
  [
    'competency added',
    merge({
      'competencies/data.eval.yaml':
        'id: data.eval\narea: data\ntitle: Đánh giá\nlevels:\n  basic:\n    outcomes: [Đánh giá nguồn]\n',
    }),
    ['info competency-added data.eval'],
  ],
  [
    'competency removed',
    merge({ 'competencies/data.search.yaml': null }),
    ['breaking competency-removed data.search'],
  ],
  [
    'competency moved',
    merge(edit('competencies/data.search.yaml', 'area: data', 'area: safety')),
    ['warning competency-moved data.search'],
  ],
  [
    'competency retitled',
    merge(edit('competencies/data.search.yaml', /title: .*/, 'title: { vi: "Tra cứu", en: "Looking up" }')),
    ['info competency-retitled data.search'],
  ],
  [
    'competency level added',
    merge(
      edit(
        'competencies/data.search.yaml',
        /$/,
        '  advanced:\n    outcomes: [{ vi: "Tự động", en: "Automates" }]\n',
      ),
    ),
    ['info competency-level-added data.search'],
  ],
  [
    'competency level dropped',
    merge(edit('competencies/safety.privacy.yaml', / {2}advanced:\n.*\n/, '')),
    ['breaking competency-level-removed safety.privacy'],
  ],
  [
    'outcomes changed',
    merge(
      edit(
        'competencies/data.search.yaml',
        '{ vi: "Dùng toán tử", en: "Uses operators" }',
        '{ vi: "Kết hợp toán tử", en: "Combines operators" }',
      ),
    ),
    ['warning outcomes-changed data.search'],
  ],
  [
    'competency translation made stale',
    merge(edit('competencies/data.search.yaml', 'vi: "Dùng toán tử"', 'vi: "Kết hợp toán tử"')),
    ['warning outcomes-changed data.search', 'warning translation-stale data.search'],
  ],
  [
    'role added',
    merge({ 'roles/clerk.yaml': 'id: clerk\ntitle: Thư ký\nrequires:\n  data.search: basic\n' }),
    ['info role-added clerk'],
  ],
  ['role removed', merge({ 'roles/staff.yaml': null }), ['breaking role-removed staff']],
  [
    'role retitled',
    merge(edit('roles/staff.yaml', 'en: "Staff"', 'en: "Officer"')),
    ['info role-retitled staff'],
  ],
  [
    'requirement added',
    merge(edit('roles/staff.yaml', /$/, '  safety.privacy: basic\n')),
    ['warning requirement-added staff/safety.privacy'],
  ],
  [
    'requirement removed',
    merge(edit('roles/deputy.yaml', '  safety.privacy: basic\n', '')),
    ['breaking requirement-removed deputy/safety.privacy'],
  ],
  [
    'requirement raised',
    merge(edit('roles/staff.yaml', 'data.search: basic', 'data.search: intermediate')),
    ['warning requirement-raised staff/data.search'],
  ],
  [
    'requirement lowered',
    merge(edit('roles/deputy.yaml', 'data.search: intermediate', 'data.search: basic')),
    ['breaking requirement-lowered deputy/data.search'],
  ],
  [
    'lesson added',
    merge({
      'lessons/search/quotes.md':
        '---\nid: data.search.basic.quotes\ncompetency: data.search\nlevel: basic\ntitle: Ngoặc kép\nminutes: 5\n---\nDùng "…".\n',
    }),
    ['info lesson-added data.search.basic.quotes'],
  ],
  [
    'lesson removed',
    merge({ 'lessons/search/keywords.md': null, 'lessons/search/keywords.en.md': null }),
    ['breaking lesson-removed data.search.basic.keywords'],
  ],
  [
    'lesson moved to another cell',
    merge(edit('lessons/search/keywords.md', 'level: basic', 'level: intermediate')),
    ['warning lesson-moved data.search.basic.keywords'],
  ],
  [
    'lesson retitled',
    merge(edit('lessons/search/keywords.en.md', 'title: "Keywords"', 'title: "Key words"')),
    ['info lesson-retitled data.search.basic.keywords'],
  ],
  [
    'lesson body changed with its translation',
    merge(
      edit('lessons/search/keywords.md', 'Tìm kiếm', 'Tra cứu'),
      edit('lessons/search/keywords.en.md', 'Search', 'Look up'),
    ),
    ['info lesson-body-changed data.search.basic.keywords'],
  ],
  [
    'lesson translation made stale',
    merge(edit('lessons/search/keywords.md', 'Tìm kiếm', 'Tra cứu')),
    [
      'warning translation-stale data.search.basic.keywords',
      'info lesson-body-changed data.search.basic.keywords',
    ],
  ],
  [
    'lesson study time changed',
    merge(edit('lessons/search/keywords.md', 'minutes: 10', 'minutes: 12')),
    ['info lesson-minutes-changed data.search.basic.keywords'],
  ],
  [
    'question added',
    merge(
      edit(
        'questions/search.yaml',
        /$/,
        '- id: data.search.basic.q4\n  competency: data.search\n  level: basic\n  type: true-false\n  stem: { vi: "Đúng?", en: "True?" }\n  answer: true\n',
      ),
    ),
    ['info question-added data.search.basic.q4'],
  ],
  [
    'question removed',
    merge(edit('questions/privacy.yaml', /- id: safety.privacy.basic.q3\n(?: {2}.*\n)+/, '')),
    ['breaking question-removed safety.privacy.basic.q3'],
  ],
  [
    'question moved',
    merge(
      edit('questions/privacy.yaml', /(id: safety.privacy.basic.q3\n.*\n {2}level: )basic/, '$1intermediate'),
    ),
    ['warning question-moved safety.privacy.basic.q3'],
  ],
  [
    'answer key: single choice',
    merge(
      edit(
        'questions/search.yaml',
        '"Cụ thể", en: "Specific" }, correct: true }\n    - { text: { vi: "Chung chung", en: "Vague" } }',
        '"Cụ thể", en: "Specific" } }\n    - { text: { vi: "Chung chung", en: "Vague" }, correct: true }',
      ),
    ),
    ['breaking question-answer-changed data.search.basic.q1'],
  ],
  [
    'answer key: true-false',
    merge(edit('questions/search.yaml', 'answer: true', 'answer: false')),
    ['breaking question-answer-changed data.search.basic.q2'],
  ],
  [
    'answer key: numeric tolerance',
    merge(edit('questions/search.yaml', 'tolerance: 0', 'tolerance: 2')),
    ['breaking question-answer-changed data.search.basic.q3'],
  ],
  [
    'answer key: short answer',
    merge(
      edit(
        'questions/search.yaml',
        'answers: [{ vi: "site:", en: "site:" }]',
        'answers: [{ vi: "site:", en: "site:" }, { vi: "inurl:", en: "inurl:" }]',
      ),
    ),
    ['breaking question-answer-changed data.search.intermediate.q1'],
  ],
  [
    'answer key: ordering',
    merge(
      edit(
        'questions/search.yaml',
        '{ vi: "Gõ", en: "Type" }, { vi: "Đọc", en: "Read" }',
        '{ vi: "Đọc", en: "Read" }, { vi: "Gõ", en: "Type" }',
      ),
    ),
    ['breaking question-answer-changed data.search.intermediate.q2'],
  ],
  [
    'answer key: multiple choice',
    merge(
      edit(
        'questions/privacy.yaml',
        '"Không dùng lại", en: "Not reused" }, correct: true',
        '"Không dùng lại", en: "Not reused" }',
      ),
    ),
    ['breaking question-answer-changed safety.privacy.basic.q1'],
  ],
  [
    'question stem changed',
    merge(
      edit(
        'questions/search.yaml',
        '{ vi: "Từ khóa nào tốt nhất?", en: "Which keyword is best?" }',
        '{ vi: "Từ khóa nào hay nhất?", en: "Which keyword works best?" }',
      ),
    ),
    ['info question-stem-changed data.search.basic.q1'],
  ],
  [
    'question wording changed',
    merge(
      edit(
        'questions/privacy.yaml',
        '{ vi: "Dài và khác nhau.", en: "Long and unique." }',
        '{ vi: "Dài, khác nhau.", en: "Long, unique." }',
      ),
    ),
    ['info question-wording-changed safety.privacy.basic.q1'],
  ],
  [
    'question points changed',
    merge(edit('questions/privacy.yaml', 'points: 2', 'points: 3')),
    ['warning question-points-changed safety.privacy.intermediate.q1'],
  ],
  [
    'question translation made stale',
    merge(edit('questions/search.yaml', 'vi: "Từ khóa nào tốt nhất?"', 'vi: "Từ khóa nào hay nhất?"')),
    ['warning translation-stale data.search.basic.q1', 'info question-stem-changed data.search.basic.q1'],
  ],
];

describe.concurrent('curriculum diff: one change of each kind between two commits', () => {
  it.each(cases)('%s', async (_, change, expected) => {
    expect(lines(await diffChanges(change))).toEqual(expected);
  });
});

describe('renamed files', () => {
  it('reports nothing when files move but ids stay', async () => {
    const moved: CommitFiles = {
      'lessons/search/keywords.md': null,
      'lessons/search/keywords.en.md': null,
      'lessons/basics/search-keywords.md': f['lessons/search/keywords.md']!,
      'lessons/basics/search-keywords.en.md': f['lessons/search/keywords.en.md']!,
      'questions/search.yaml': null,
      'questions/data/search-questions.yaml': f['questions/search.yaml']!,
      'competencies/data.search.yaml': null,
      'competencies/data/search.yaml': f['competencies/data.search.yaml']!,
    };
    const result = await diffChanges(moved);
    expect(result.changes).toEqual([]);
    expect(result.impact).toEqual([]);
  });

  it('reports one change, not many, when a question list is reordered', async () => {
    const items = f['questions/search.yaml']!.split(/(?=^- id: )/m);
    const result = await diffChanges({ 'questions/search.yaml': items.reverse().join('') });
    expect(result.changes).toEqual([]);
  });
});
