import { availableParallelism } from 'node:os';
import { type ResourceLimits, Worker } from 'node:worker_threads';

export interface PoolOptions<Job, Result> {
  /** The worker's script (see workerScript); it answers each posted message with one result per job. */
  script: URL;
  workerData?: unknown;
  resourceLimits?: ResourceLimits;
  /** At most this many workers (default: one per core, see threadCount). */
  maxThreads?: number;
  /** Below this many jobs, starting threads costs more than it saves: `inThread` does them all. */
  threshold: number;
  batchSize: number;
  /** With `batchWeight`: a batch also closes once its jobs weigh this much (so a few large files make one batch). */
  weight?(job: Job): number;
  batchWeight?: number;
  /** The same work in this thread, for small runs and (with `retryInThread`) for a batch a worker failed on. */
  inThread(): (job: Job) => Result;
  /** What is posted for a batch (default: the batch itself). */
  message?(batch: Job[]): unknown;
  /** Redo a failed batch in this thread on a fresh worker instead of failing the run. */
  retryInThread?: boolean;
  /** Called once a batch is in a worker's hands (posting copies it), so the caller may let go of it. */
  posted?(start: number, end: number): void;
  /** Called with the size of each batch a worker (not this thread) completed. */
  doneOnWorker?(count: number): void;
  /** Takes each batch's results as it is done (in this thread: all at once); they are then not kept nor returned. */
  onResults?(start: number, results: Result[]): void;
  /** Workers to take before spawning and to leave running afterwards (same script and data), for runs in a row. */
  standing?: StandingWorkers;
}

/** Workers of one script kept between runs (a diff's two loads), so the second run starts warm; `close` ends them. */
export class StandingWorkers {
  private readonly idle: Worker[] = [];

  /** How many are waiting for work. */
  get count(): number {
    return this.idle.length;
  }

  take(): Worker | undefined {
    return this.idle.pop();
  }

  give(worker: Worker): void {
    this.idle.push(worker);
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}

/** Runs jobs in batches on every core (worker threads) when there are many, else in this thread. Order is kept. */
export async function runOnWorkers<Job, Result>(
  jobs: readonly Job[],
  options: PoolOptions<Job, Result>,
): Promise<Result[]> {
  const cores = threadCount();
  // Results go to the caller as they come, or are gathered in order and returned.
  const results: Result[] = options.onResults ? [] : new Array(jobs.length);
  const take =
    options.onResults ??
    ((start: number, done: Result[]) => {
      for (let i = 0; i < done.length; i++) results[start + i] = done[i] as Result;
    });
  if (jobs.length < options.threshold || cores < 2) {
    take(0, jobs.map(options.inThread()));
    return results;
  }
  const threads = Math.min(cores, options.maxThreads ?? cores);
  let next = 0;
  const spawn = () =>
    options.standing?.take() ??
    new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
  const runWorker = async (): Promise<void> => {
    let worker = spawn();
    let healthy = false;
    try {
      while (next < jobs.length) {
        const start = next;
        next = batchEnd(jobs, start, options);
        const batch = jobs.slice(start, next);
        let done: Result[];
        try {
          const answer = onWorker<Result>(worker, options.message ? options.message(batch) : batch);
          options.posted?.(start, start + batch.length);
          done = await answer;
          options.doneOnWorker?.(done.length);
        } catch (error) {
          if (!options.retryInThread) throw error;
          await worker.terminate();
          worker = spawn();
          done = batch.map(options.inThread());
        }
        take(start, done);
      }
      healthy = true;
    } finally {
      if (healthy && options.standing) options.standing.give(worker);
      else await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

/** Worker threads to use: CURRICULUM_THREADS when set (1 runs everything in this thread), else up to 4 cores. */
export function threadCount(): number {
  const chosen = Number.parseInt(process.env.CURRICULUM_THREADS ?? '', 10);
  return chosen >= 1 ? chosen : Math.min(availableParallelism(), 4);
}

// Where the batch starting at `start` ends: batchSize jobs, or fewer once they reach batchWeight.
function batchEnd<Job>(jobs: readonly Job[], start: number, options: PoolOptions<Job, unknown>): number {
  const limit = Math.min(jobs.length, start + options.batchSize);
  const { weight, batchWeight } = options;
  if (!weight || batchWeight === undefined) return limit;
  let end = start;
  for (let total = 0; end < limit && (end === start || total < batchWeight); end++)
    total += weight(jobs[end] as Job);
  return end;
}

function onWorker<Result>(worker: Worker, message: unknown): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const done = (value: Result[]): void => {
      worker.off('error', fail);
      worker.off('exit', fail);
      resolve(value);
    };
    const fail = (error: unknown): void => {
      worker.off('message', done);
      worker.off('error', fail);
      worker.off('exit', fail);
      reject(error instanceof Error ? error : new Error(`worker exited with ${String(error)}`));
    };
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', fail);
    worker.postMessage(message);
  });
}
