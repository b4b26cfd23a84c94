import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../../../util/worker-script.js';
import { type LessonJob, type LessonResult, lessonRenderer, type RenderEnv } from './lesson-render.js';

/** Below this many lessons, starting threads costs more than it saves. */
const parallelThreshold = 200;
const batchSize = 50;
// Rendering allocates many short-lived nodes: a larger young generation keeps the scavenger from dominating.
const workerLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 512 };

/** Renders lesson pages on every core (worker threads) when there are many, else in this thread. Order is kept. */
export async function renderLessons(jobs: LessonJob[], env: RenderEnv): Promise<LessonResult[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < parallelThreshold || threads < 2) {
    const render = lessonRenderer(env);
    return jobs.map(render);
  }
  const results: LessonResult[] = new Array(jobs.length);
  let next = 0;
  const workerUrl = workerScript('./lesson-worker.js', import.meta.url);
  const run = async (): Promise<void> => {
    const worker = new Worker(workerUrl, { workerData: env, resourceLimits: workerLimits });
    try {
      while (next < jobs.length) {
        const start = next;
        next += batchSize;
        const done = await onWorker(worker, jobs.slice(start, start + batchSize));
        for (let i = 0; i < done.length; i++) results[start + i] = done[i] as LessonResult;
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, run));
  return results;
}

function onWorker(worker: Worker, jobs: LessonJob[]): Promise<LessonResult[]> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      worker.off('message', resolve);
      reject(error instanceof Error ? error : new Error(`lesson worker exited with ${String(error)}`));
    };
    worker.once('message', (value: LessonResult[]) => {
      worker.off('error', fail);
      worker.off('exit', fail);
      resolve(value);
    });
    worker.once('error', fail);
    worker.once('exit', fail);
    worker.postMessage(jobs);
  });
}
