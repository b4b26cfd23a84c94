import { runOnWorkers } from '../../../util/worker-pool.js';
import { workerScript } from '../../../util/worker-script.js';
import type { RenderJob, RenderWorld } from './render-jobs.js';
import { linkWorld, renderJob } from './render-one.js';

/**
 * Renders jobs on every core (worker threads) when there are many, else in this thread. Order is kept. Workers
 * get a larger young generation: Markdown rendering makes many short-lived objects.
 */
export function renderAll(jobs: RenderJob[], world: RenderWorld): Promise<string[]> {
  return runOnWorkers(jobs, {
    script: workerScript('./render-worker.js', import.meta.url),
    workerData: world,
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
    threshold: 300,
    batchSize: 100,
    inThread() {
      const lookups = linkWorld(world);
      return (job) => renderJob(job, lookups);
    },
  });
}
