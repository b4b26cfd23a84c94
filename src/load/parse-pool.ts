import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../util/worker-script.js';
import type { ParsedFile } from './parse-file.js';
import { type ParseJob, safeParse } from './parse-worker.js';

/** Below this many files, starting threads costs more than it saves. */
const parallelThreshold = 400;
const batchSize = 150;
const released: ParseJob = { path: '', kind: 'ignored', bytes: new Uint8Array() };
// A small heap per worker keeps the whole process under ~500 MB on large frameworks; a batch that needs more
// (a file near the size cap) is parsed again on the main thread instead.
const workerLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

/**
 * Parses files on every core (worker threads) when there are many, else in this thread. Order is kept. The jobs
 * array is consumed: each job is dropped once a worker has its copy, so the file bytes are not held twice.
 */
export async function parseAll(
  jobs: ParseJob[],
  locales: string[],
  stats: { onWorkers: number } = { onWorkers: 0 },
): Promise<ParsedFile[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < parallelThreshold || threads < 2) return jobs.map((job) => safeParse(job, locales));
  const results: ParsedFile[] = new Array(jobs.length);
  let next = 0;
  const workerUrl = workerScript('./parse-worker.js', import.meta.url);
  const runWorker = async (): Promise<void> => {
    let worker = new Worker(workerUrl, { resourceLimits: workerLimits });
    try {
      while (next < jobs.length) {
        const start = next;
        next += batchSize;
        const batch = jobs.slice(start, start + batchSize);
        jobs.fill(released, start, start + batch.length);
        let parsed: ParsedFile[];
        try {
          parsed = await parseOnWorker(worker, batch, locales);
          stats.onWorkers += batch.length;
        } catch {
          await worker.terminate();
          worker = new Worker(workerUrl, { resourceLimits: workerLimits });
          parsed = batch.map((job) => safeParse(job, locales));
        }
        for (let i = 0; i < parsed.length; i++) results[start + i] = parsed[i]!;
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

function parseOnWorker(worker: Worker, jobs: ParseJob[], locales: string[]): Promise<ParsedFile[]> {
  return new Promise<ParsedFile[]>((resolve, reject) => {
    const onMessage = (value: ParsedFile[]): void => {
      worker.off('error', onError);
      worker.off('exit', onError);
      resolve(value);
    };
    const onError = (error: unknown): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onError);
      reject(error instanceof Error ? error : new Error(`worker exited with ${String(error)}`));
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onError);
    worker.postMessage({ jobs, locales });
  });
}
