import { describe, expect, it } from 'vitest';
import { siteState } from '../../src/compile/targets/site/page-plan.js';
import { siteModel } from '../../src/compile/targets/site/site-model.js';
import { loadTemplates } from '../../src/compile/targets/site/templates.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import { lookup } from '../../src/model/lookup.js';
import type { Framework } from '../../src/model/types.js';
import { fixture } from './site-server.js';

const stateOf = (framework: Framework) =>
  siteState(siteModel(framework, lookup(framework)), loadTemplates([]));

describe('siteState', () => {
  it('is the same whether lessons were prepared for rendering in this run or taken from the cache', async () => {
    const { framework } = await loadFramework(new FolderTree(fixture), { cacheDir: false, bodies: false });
    if (!framework) throw new Error('the fixture should load');
    const prepared: Framework = {
      ...framework,
      lessons: framework.lessons.map((lesson) => ({
        ...lesson,
        versions: Object.fromEntries(
          Object.entries(lesson.versions).map(([locale, v]) => [
            locale,
            { ...v, prepared: { file: `/tmp/bodies-${locale}`, offset: 0, length: 10 } },
          ]),
        ),
      })),
    };
    expect(stateOf(prepared)).toBe(stateOf(framework));
    // A title is part of it.
    const retitled: Framework = {
      ...framework,
      lessons: framework.lessons.map((l, i) => (i === 0 ? { ...l, title: { vi: 'Khác' } } : l)),
    };
    expect(stateOf(retitled)).not.toBe(stateOf(framework));
  });
});
