import { describe, expect, it } from 'vitest';
import { lesson, minimalFramework, question, testdir } from '../helpers/testdir.js';
import { findings, validateDir } from './load.js';

const coverageIds = ['coverage-gap', 'undefined-level', 'unknown-reference', 'unrequired-competency'];
const threeLevels = (minQuestions = 3) =>
  [
    'schema: 1',
    'id: t',
    'version: 1.0.0',
    'title: T',
    'locales: [vi, en]',
    'levels:',
    '  - { id: basic, title: B }',
    '  - { id: intermediate, title: I }',
    '  - { id: advanced, title: A }',
    'areas:',
    '  - { id: data, title: D }',
    `assessment: { minQuestions: ${minQuestions} }`,
    '',
  ].join('\n');
const competency = (levels: string[]) =>
  `id: data.search\narea: data\ntitle: S\nlevels:\n${levels.map((l) => `  ${l}:\n    outcomes: [O]\n`).join('')}`;
const role = (requires: string) => `id: deputy\ntitle: D\nrequires:\n  ${requires}\n`;
const questions = (level: string, n: number) =>
  Array.from({ length: n }, (_, i) => question(`q.${level}.${i}`, level)).join('');

async function check(overrides: Record<string, string | null>): Promise<string[]> {
  return findings(await validateDir(await testdir(minimalFramework(overrides))), ...coverageIds);
}

describe('coverage rules in validate', () => {
  it('reports nothing when every needed cell has a lesson and enough questions', async () => {
    expect(await check({})).toEqual([]);
  });

  it('reports a needed cell without a lesson at the requirement line', async () => {
    expect(
      await check({ 'lessons/search/intermediate.md': null, 'lessons/search/intermediate.en.md': null }),
    ).toMatchInlineSnapshot(`
      [
        "roles/deputy.yaml:4 error coverage-gap Role \`deputy\` needs \`data.search\` at \`intermediate\`: 0 lessons, 3 of 3 questions",
      ]
    `);
  });

  it('reports a lower level on the way to the required one, with too few questions', async () => {
    const diagnostics = await validateDir(
      await testdir(
        minimalFramework({ 'questions/search.yaml': questions('basic', 1) + questions('intermediate', 3) }),
      ),
    );
    const gap = diagnostics.find((d) => d.ruleId === 'coverage-gap');
    expect(gap?.message).toBe(
      'Role `deputy` needs `data.search` at `basic` (on the way to `intermediate`): 1 lesson, 1 of 3 questions',
    );
    expect(gap?.hint).toContain('Add 2 more questions with `competency: data.search` and `level: basic`');
    expect(gap?.start).toEqual({ line: 4, column: 3 });
  });

  it('honours assessment.minQuestions', async () => {
    const overrides = {
      'curriculum.yaml': threeLevels(1),
      'questions/search.yaml': questions('basic', 1) + questions('intermediate', 1),
    };
    expect(await check(overrides)).toEqual([]);
  });

  it('needs only the levels a competency defines: a skipped level is no hole', async () => {
    const overrides = {
      'curriculum.yaml': threeLevels(),
      'competencies/data.search.yaml': competency(['basic', 'advanced']),
      'roles/deputy.yaml': role('data.search: advanced'),
      'lessons/search/intermediate.md': lesson('l.adv', 'advanced', 'A', 'x'),
      'lessons/search/intermediate.en.md': null,
      'questions/search.yaml': questions('basic', 3) + questions('advanced', 3),
    };
    expect(await check(overrides)).toEqual([]);
  });

  it('reports a requirement of the skipped level itself once, as undefined-level', async () => {
    const overrides = {
      'curriculum.yaml': threeLevels(),
      'competencies/data.search.yaml': competency(['basic', 'advanced']),
      'roles/deputy.yaml': role('data.search: intermediate'),
      'lessons/search/intermediate.md': null,
      'lessons/search/intermediate.en.md': null,
      'questions/search.yaml': questions('basic', 3),
    };
    expect(await check(overrides)).toEqual([
      'roles/deputy.yaml:4 error undefined-level Role `deputy` requires `data.search` at `intermediate`, a level that competency skips (it defines `basic`, `advanced`)',
    ]);
  });

  it('reports a requirement above the highest level once, with a hint, and still checks the levels below', async () => {
    const overrides = {
      'curriculum.yaml': threeLevels(),
      'roles/deputy.yaml': role('data.search: advanced'),
      'questions/search.yaml': questions('basic', 3) + questions('intermediate', 2),
    };
    const diagnostics = await validateDir(await testdir(minimalFramework(overrides)));
    expect(findings(diagnostics, ...coverageIds)).toEqual([
      'roles/deputy.yaml:4 error coverage-gap Role `deputy` needs `data.search` at `intermediate` (on the way to `advanced`): 1 lesson, 2 of 3 questions',
      'roles/deputy.yaml:4 error undefined-level Role `deputy` requires `data.search` at `advanced`, above the highest level that competency defines (`intermediate`)',
    ]);
    const level = diagnostics.find((d) => d.ruleId === 'undefined-level');
    expect(level?.start).toEqual({ line: 4, column: 16 });
    expect(level?.hint).toBe(
      'Require `intermediate` instead, or define `advanced` with its outcomes in competencies/data.search.yaml.',
    );
  });

  it('reports a requirement below the lowest level', async () => {
    const overrides = {
      'competencies/data.search.yaml': competency(['intermediate']),
      'roles/deputy.yaml': role('data.search: basic'),
      'lessons/search/basic.md': null,
      'lessons/search/basic.en.md': null,
      'questions/search.yaml': questions('intermediate', 3),
    };
    expect(await check(overrides)).toEqual([
      'roles/deputy.yaml:4 error undefined-level Role `deputy` requires `data.search` at `basic`, below the lowest level that competency defines (`intermediate`)',
    ]);
  });

  it('leaves unknown competencies and levels to unknown-reference', async () => {
    expect(await check({ 'roles/deputy.yaml': role('data.serch: basic\n  data.search: expert') })).toEqual([
      'roles/deputy.yaml:4 error unknown-reference Unknown competency `data.serch`',
      'roles/deputy.yaml:5 error unknown-reference Unknown level `expert`',
    ]);
  });

  it('warns about a competency no role requires, unless a role file is broken', async () => {
    const spare = 'id: data.spare\narea: data\ntitle: S\nlevels:\n  basic:\n    outcomes: [O]\n';
    expect(await check({ 'competencies/data.spare.yaml': spare })).toEqual([
      'competencies/data.spare.yaml:1 warning unrequired-competency Competency `data.spare` is required by no role',
    ]);
    const broken = await check({
      'competencies/data.spare.yaml': spare,
      'roles/other.yaml': 'id: other\ntitle: 3\n',
    });
    expect(broken.filter((f) => f.includes('unrequired'))).toEqual([]);
  });

  it('warns once per role and locale about untranslated lessons in its path', async () => {
    const diagnostics = await validateDir(
      await testdir(minimalFramework({ 'lessons/search/basic.en.md': null })),
    );
    expect(findings(diagnostics, 'role-path-translation')).toEqual([
      "roles/deputy.yaml:1 warning role-path-translation Role `deputy`'s path lacks the `en` translation of 1 of 2 lessons: `data.search.basic.keywords`",
    ]);
  });

  it('informs about content in cells no role needs', async () => {
    const diagnostics = await validateDir(
      await testdir(minimalFramework({ 'roles/deputy.yaml': role('data.search: basic') })),
    );
    expect(findings(diagnostics, 'unneeded-content')).toEqual([
      'competencies/data.search.yaml:7 info unneeded-content `data.search` at `intermediate` holds 1 lesson and 3 questions that no role needs',
    ]);
  });
});
