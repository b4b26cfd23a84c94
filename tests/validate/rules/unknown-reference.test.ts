import { describe, expect, it } from 'vitest';
import { lesson, question } from '../../helpers/testdir.js';
import { errorsOf, summarize, validateFiles } from '../../helpers/validate-tree.js';

describe('unknown-reference and undefined-level rules', () => {
  it('errors on a competency in an unknown area', async () => {
    const d = await validateFiles({
      'competencies/data.search.yaml':
        'id: data.search\narea: dta\ntitle: { vi: "T", en: "T" }\nlevels:\n  basic: { outcomes: [{ vi: "o", en: "o" }] }\n  intermediate: { outcomes: [{ vi: "o", en: "o" }] }\n',
    });
    expect(summarize(errorsOf(d))).toContainEqual(
      'unknown-reference competencies/data.search.yaml:2:7 Unknown area `dta`',
    );
  });

  it('errors on a competency level the manifest does not declare', async () => {
    const d = await validateFiles({
      'competencies/data.search.yaml':
        'id: data.search\narea: data\ntitle: { vi: "T", en: "T" }\nlevels:\n  basic: { outcomes: [{ vi: "o", en: "o" }] }\n  intermediate: { outcomes: [{ vi: "o", en: "o" }] }\n  expert: { outcomes: [{ vi: "o", en: "o" }] }\n',
    });
    expect(summarize(errorsOf(d))).toContainEqual(
      'unknown-reference competencies/data.search.yaml:7:3 Unknown level `expert`',
    );
  });

  it('errors on a lesson and a question at a level their competency does not define', async () => {
    const manifest = (await import('../../helpers/testdir.js'))
      .minimalFramework()
      ['curriculum.yaml']!.toString()
      .replace('areas:', '  - { id: advanced, title: { vi: "Nâng cao", en: "Advanced" } }\nareas:');
    const d = await validateFiles({
      'curriculum.yaml': manifest,
      'lessons/search/adv.md': lesson('data.search.advanced.x', 'advanced', 'X', 'Body'),
      'lessons/search/adv.en.md': '---\nid: data.search.advanced.x\ntitle: "X"\n---\nBody\n',
      'questions/adv.yaml': question('data.search.advanced.q1', 'advanced'),
    });
    expect(summarize(errorsOf(d))).toEqual(
      expect.arrayContaining([
        'undefined-level lessons/search/adv.md:4:8 Lesson `data.search.advanced.x` uses level `advanced` of `data.search`, which that competency does not define',
        'undefined-level questions/adv.yaml:3:10 Question `data.search.advanced.q1` uses level `advanced` of `data.search`, which that competency does not define',
      ]),
    );
  });

  it('does not repeat an error for a reference to a competency whose own file is broken', async () => {
    const d = await validateFiles({
      'competencies/data.search.yaml':
        'id: data.search\narea: data\ntitle: 42\nlevels:\n  basic: { outcomes: [] }\n',
    });
    expect(d.filter((x) => x.ruleId === 'unknown-reference')).toEqual([]);
    expect(errorsOf(d).every((x) => x.file === 'competencies/data.search.yaml')).toBe(true);
  });
});
