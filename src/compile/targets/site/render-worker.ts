import { parentPort, workerData } from 'node:worker_threads';
import type { RenderJob, RenderWorld } from './render-jobs.js';
import { linkWorld, renderJob } from './render-one.js';

// A worker thread of the render pool: receives batches of jobs, answers with their output in order.
if (parentPort) {
  const world = linkWorld(workerData as RenderWorld);
  parentPort.on('message', (jobs: RenderJob[]) => {
    parentPort?.postMessage(jobs.map((job) => renderJob(job, world)));
  });
}
