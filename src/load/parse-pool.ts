import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from './parse-file.js';
import { type ParseJob, safeParse } from './parse-worker.js';

/** Below this many files, starting threads costs more than it saves. */
const parallelThreshold = 400;
const batchSize = 150;

/** Parses files on every core (worker threads) when there are many, else in this thread. Order is kept. */
export async function parseAll(jobs: ParseJob[], locales: string[]): Promise<ParsedFile[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < parallelThreshold || threads < 2) return jobs.map((job) => safeParse(job, locales));
  const results: ParsedFile[] = new Array(jobs.length);
  let next = 0;
  const workerUrl = new URL('./parse-worker.js', import.meta.url);
  const runWorker = async (): Promise<void> => {
    const worker = new Worker(workerUrl);
    try {
      while (next < jobs.length) {
        const start = next;
        next += batchSize;
        const batch = jobs.slice(start, start + batchSize);
        const parsed = await new Promise<ParsedFile[]>((resolve, reject) => {
          const onMessage = (value: ParsedFile[]): void => {
            worker.off('error', reject);
            resolve(value);
          };
          worker.once('message', onMessage);
          worker.once('error', reject);
          worker.postMessage({ jobs: batch, locales });
        });
        for (let i = 0; i < parsed.length; i++) results[start + i] = parsed[i]!;
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
