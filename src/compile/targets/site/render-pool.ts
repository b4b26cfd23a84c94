import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../../../util/worker-script.js';
import type { RenderJob, RenderWorld } from './render-jobs.js';
import { linkWorld, renderJob } from './render-one.js';

/** Below this many jobs, starting threads costs more than it saves. */
const parallelThreshold = 300;
const batchSize = 100;

/**
 * Renders jobs on every core (worker threads, as the parse pool does) when there are many, else in this thread.
 * Order is kept. Workers get a larger young generation: Markdown rendering makes many short-lived objects.
 */
export async function renderAll(jobs: RenderJob[], world: RenderWorld): Promise<string[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < parallelThreshold || threads < 2) {
    const lookups = linkWorld(world);
    return jobs.map((job) => renderJob(job, lookups));
  }
  const results: string[] = new Array(jobs.length);
  let next = 0;
  const workerUrl = workerScript('./render-worker.js', import.meta.url);
  const runWorker = async (): Promise<void> => {
    const worker = new Worker(workerUrl, {
      workerData: world,
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    try {
      while (next < jobs.length) {
        const start = next;
        next += batchSize;
        const batch = jobs.slice(start, start + batchSize);
        const rendered = await new Promise<string[]>((resolve, reject) => {
          worker.once('message', (value: string[]) => {
            worker.off('error', reject);
            resolve(value);
          });
          worker.once('error', reject);
          worker.postMessage(batch);
        });
        for (let i = 0; i < rendered.length; i++) results[start + i] = rendered[i]!;
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
