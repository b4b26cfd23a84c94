import { describe, expect, it } from 'vitest';
import { linkWorldOf, pagesToMake, planPages } from '../../src/compile/targets/site/page-plan.js';
import { linkWorld } from '../../src/compile/targets/site/render-one.js';
import { siteModel } from '../../src/compile/targets/site/site-model.js';
import { loadTemplates } from '../../src/compile/targets/site/templates.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import { lookup } from '../../src/model/lookup.js';
import { fixture } from './site-server.js';

describe('pagesToMake', () => {
  it('makes each page job when it is asked for (as the page goes to its worker), as the plan says', async () => {
    const { framework } = await loadFramework(new FolderTree(fixture), { cacheDir: false, bodies: false });
    if (!framework) throw new Error('the fixture should load');
    const model = siteModel(framework, lookup(framework));
    const templates = loadTemplates([]);
    const lookups = linkWorld(linkWorldOf(model, fixture, templates.compiled, '/tmp/staging'));
    const plan = planPages(model, templates, lookups, undefined, () => undefined);
    const { plans, jobs, takenOver } = pagesToMake(plan, model.locales);
    expect(takenOver.lessons).toEqual([]);
    expect(jobs).toHaveLength(plan.lessons.length + plan.quizzes.length);
    const kinds = new Set<string>();
    jobs.forEach((pending, i) => {
      const p = plans[i];
      const job = pending.job();
      kinds.add(job.kind);
      expect(job.frame.path).toBe(p?.path);
      if (job.kind === 'lesson-page') {
        expect(pending.weight).toBe(1);
        expect(job.lesson.pagePath).toBe(p?.path);
        // No last build: the worker works the key out, from the lesson's digest and links.
        expect(job.key?.digest).toBe(p && 'digest' in p ? p.digest : undefined);
      } else {
        expect(pending.weight).toBe(1 + job.questions.length / 25);
        for (const q of job.questions) expect(Object.keys(q.stem)).toEqual([p?.locale]);
      }
      // A page's frame is worked out once, for its key and its job alike.
      expect(pending.job().frame).toBe(job.frame);
    });
    expect([...kinds].sort()).toEqual(['lesson-page', 'quiz-page']);
  });
});
