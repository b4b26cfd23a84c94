import { Worker } from 'node:worker_threads';
import { runOnWorkers, runsInThread, StandingWorkers, threadCount } from '../../../util/worker-pool.js';
import { workerScript } from '../../../util/worker-script.js';
import type { PendingJob } from './page-plan.js';
import type { PageResult, RenderWorld } from './render-jobs.js';
import { type linkWorld, makePage, pagePlacer } from './render-one.js';
import type { SiteTemplates } from './templates.js';

// A worker holds its templates and one batch: a bounded old generation makes it collect instead of grow.
const workerOptions = (world: RenderWorld) => ({
  script: workerScript('./render-worker.js', import.meta.url),
  workerData: world,
  resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 256 },
});

/**
 * Page workers started ahead of their pages (a build that will make them all), so they load their code and
 * templates while this thread plans. makePages takes them; `close` ends any it left.
 */
export function startPageWorkers(world: RenderWorld, pages: number): StandingWorkers | undefined {
  if (makesHere(pages)) return undefined;
  const workers = new StandingWorkers();
  const { script, ...options } = workerOptions(world);
  for (let i = 0; i < threadCount(); i++) workers.give(new Worker(script, options));
  return workers;
}

// Fewer pages than this are made in this thread: starting workers would cost more than it saves.
const onWorkersFrom = 150;

/** True when makePages makes this many pages in this thread (at once, before it returns). */
export function makesHere(pages: number): boolean {
  return runsInThread(pages, onWorkersFrom);
}

/**
 * Makes pages on every core (worker threads) when there are many, else in this thread, each placed in the output
 * folder where it is made (a large site's pages never pass through this thread); `onPages` hears of each batch.
 * The jobs array is consumed: a job sent to a worker is let go (`posted` says which, for the caller to do the same).
 */
export async function makePages(
  jobs: PendingJob[],
  world: RenderWorld,
  onPages: (start: number, pages: PageResult[]) => void,
  here: { lookups: ReturnType<typeof linkWorld>; templates: SiteTemplates },
  how: { lanes?: number[]; started?: StandingWorkers; posted?(start: number, end: number): void } = {},
): Promise<void> {
  await runOnWorkers(jobs, {
    ...workerOptions(world),
    ...(how.started ? { standing: how.started } : {}),
    // Pages placed in one folder by two threads at once wait on the folder's lock (the file system's, not ours).
    ...(how.lanes ? { lanes: how.lanes } : {}),
    threshold: onWorkersFrom,
    batchSize: 40,
    // This thread writes the framework's pages meanwhile (and collects its garbage, a tenth of a second at a time):
    // batches waiting in line keep each worker busy until it is back.
    inFlight: 4,
    weight: (job) => job.weight,
    batchWeight: 40,
    message: (batch) => batch.map((pending) => pending.job()),
    // A few pages (a rebuild) are made here, with this thread's lookups and templates.
    inThread() {
      const place = pagePlacer(world.staging);
      return (pending) => makePage(pending.job(), here.lookups, here.templates, place);
    },
    onResults: onPages,
    letGo: true,
    ...(how.posted ? { posted: how.posted } : {}),
  });
}
