import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { translation } from '../../helpers/testdir.js';
import { summarize as summarizeAll, validateFiles } from '../../helpers/validate-tree.js';

// Role-path translation warnings belong to the coverage rules and have their own tests.
const summarize = (d: Diagnostic[]) => summarizeAll(d.filter((x) => x.ruleId !== 'role-path-translation'));

describe('translations rule', () => {
  it('ok: every lesson translated, every translation with a source', async () => {
    expect(await validateFiles()).toEqual([]);
  });

  it('warns about a lesson missing a translation, naming the file to add', async () => {
    const d = await validateFiles({ 'lessons/search/basic.en.md': null });
    expect(summarize(d)).toEqual([
      'missing-translation lessons/search/basic.md:2:5 Lesson `data.search.basic.keywords` has no translation into `en`',
    ]);
    expect(d[0]?.hint).toBe('Add lessons/search/basic.en.md with the same id.');
    expect(d[0]?.severity).toBe('warning');
  });

  it('errors on a translation whose source lesson does not exist', async () => {
    const d = await validateFiles({
      'lessons/search/other.en.md': translation('data.search.basic.other', 'Other', 'Body'),
    });
    expect(summarize(d)).toEqual([
      'translation-orphan lessons/search/other.en.md:2:5 Translation of unknown lesson `data.search.basic.other`',
    ]);
  });

  it('errors on a translation carrying fields only the source may have', async () => {
    const d = await validateFiles({
      'lessons/search/basic.en.md':
        '---\nid: data.search.basic.keywords\ntitle: "Keywords"\nminutes: 5\n---\nBody\n',
    });
    expect(summarize(d)).toContainEqual('schema lessons/search/basic.en.md:4:1 Unexpected field `minutes`');
  });

  it('treats a suffix that is not a manifest locale as part of a source lesson name (intro.v2.md)', async () => {
    const d = await validateFiles({
      'lessons/search/intro.v2.md':
        '---\nid: data.search.basic.intro\ncompetency: data.search\nlevel: basic\ntitle: "Giới thiệu"\nminutes: 3\n---\nBody\n',
    });
    expect(summarize(d)).toEqual([
      'missing-translation lessons/search/intro.v2.md:2:5 Lesson `data.search.basic.intro` has no translation into `en`',
    ]);
  });
});
