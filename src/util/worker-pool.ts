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
  /**
   * The jobs array is consumed: each job's slot is emptied once a worker has its copy (posting copies it), so the
   * jobs are not held twice while the workers go on.
   */
  letGo?: boolean;
  /** Called once a batch is in a worker's hands, so the caller may let go of what it keeps for it. */
  posted?(start: number, end: number): void;
  /** Called with the size of each batch a worker (not this thread) completed. */
  doneOnWorker?(count: number): void;
  /** Takes each batch's results as it is done (in this thread: all at once); they are then not kept nor returned. */
  onResults?(start: number, results: Result[]): void;
  /** Workers to take before spawning and to leave running afterwards (same script and data), for runs in a row. */
  standing?: StandingWorkers;
  /**
   * Batches posted to a worker ahead of its answers (default 1). Two keep a worker busy while this thread, busy
   * with work of its own, has yet to hear it finished a batch; one keeps large jobs spread evenly.
   */
  inFlight?: number;
  /**
   * Where the jobs fall into lanes: the index each lane after the first starts at, ascending (say, one lane per
   * output folder). A worker keeps to a lane of its own while it lasts, then helps where most is left: workers that
   * write files into different folders do not queue on each other's folder.
   */
  lanes?: readonly number[];
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
  // Results go to the caller as they come, or are gathered in order and returned.
  const results: Result[] = options.onResults ? [] : new Array(jobs.length);
  const take =
    options.onResults ??
    ((start: number, done: Result[]) => {
      for (let i = 0; i < done.length; i++) results[start + i] = done[i] as Result;
    });
  if (runsInThread(jobs.length, options.threshold)) {
    take(0, jobs.map(options.inThread()));
    return results;
  }
  const cores = threadCount();
  const threads = Math.min(cores, options.maxThreads ?? cores);
  const inFlight = Math.max(1, options.inFlight ?? 1);
  const starts = [0, ...(options.lanes ?? []).filter((at) => at > 0 && at < jobs.length)];
  const lanes = starts.map((start, i) => ({ next: start, end: starts[i + 1] ?? jobs.length }));
  let workers = 0;
  const spawn = () =>
    options.standing?.take() ??
    new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
  const runWorker = async (): Promise<void> => {
    let worker = spawn();
    let channel = new Channel<Result[]>(worker);
    let healthy = false;
    let lane = lanes[workers++ % lanes.length] as (typeof lanes)[number];
    const pending: { start: number; batch: Job[]; answer: Promise<Result[]> }[] = [];
    const post = () => {
      while (pending.length < inFlight) {
        if (lane.next >= lane.end)
          lane = lanes.reduce((most, l) => (l.end - l.next > most.end - most.next ? l : most));
        if (lane.next >= lane.end) return;
        const start = lane.next;
        lane.next = batchEnd(jobs, start, lane.end, options);
        const batch = jobs.slice(start, lane.next);
        const answer = channel.ask(options.message ? options.message(batch) : batch);
        answer.catch(() => undefined); // seen when its turn comes; a dead worker fails every batch it holds
        // The slots are emptied, not the jobs changed: the caller asked for its array to be consumed.
        if (options.letGo) (jobs as unknown[]).fill(undefined, start, start + batch.length);
        options.posted?.(start, start + batch.length);
        pending.push({ start, batch, answer });
      }
    };
    try {
      post();
      for (let turn = pending.shift(); turn; turn = pending.shift()) {
        let done: Result[];
        try {
          done = await turn.answer;
          options.doneOnWorker?.(done.length);
        } catch (error) {
          if (!options.retryInThread) throw error;
          channel.close();
          await worker.terminate();
          worker = spawn();
          channel = new Channel<Result[]>(worker);
          // The batches it still held are done here as well, in order.
          const here = options.inThread();
          for (const failed of [turn, ...pending.splice(0)]) take(failed.start, failed.batch.map(here));
          post();
          continue;
        }
        post();
        take(turn.start, done);
      }
      healthy = true;
    } finally {
      channel.close();
      if (healthy && options.standing) options.standing.give(worker);
      else await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

/** True when runOnWorkers runs `jobs` jobs in this thread, at once: fewer than `threshold`, or a single core. */
export function runsInThread(jobs: number, threshold: number): boolean {
  return jobs < threshold || threadCount() < 2;
}

/** Worker threads to use: CURRICULUM_THREADS when set (1 runs everything in this thread), else up to 4 cores. */
export function threadCount(): number {
  const chosen = Number.parseInt(process.env.CURRICULUM_THREADS ?? '', 10);
  return chosen >= 1 ? chosen : Math.min(availableParallelism(), 4);
}

// Where the batch starting at `start` ends (by `laneEnd`): batchSize jobs, or fewer once they reach batchWeight.
function batchEnd<Job>(
  jobs: readonly Job[],
  start: number,
  laneEnd: number,
  options: PoolOptions<Job, unknown>,
): number {
  const limit = Math.min(laneEnd, start + options.batchSize);
  const { weight, batchWeight } = options;
  if (!weight || batchWeight === undefined) return limit;
  let end = start;
  for (let total = 0; end < limit && (end === start || total < batchWeight); end++)
    total += weight(jobs[end] as Job);
  return end;
}

/** A worker's answers, matched to the messages posted to it in order (it answers each message once, in turn). */
class Channel<Answer> {
  private readonly waiting: { resolve(value: Answer): void; reject(error: Error): void }[] = [];
  private readonly onMessage = (value: Answer): void => {
    this.waiting.shift()?.resolve(value);
  };
  private readonly onFailure = (error: unknown): void => {
    const reason = error instanceof Error ? error : new Error(`worker exited with ${String(error)}`);
    for (const waiter of this.waiting.splice(0)) waiter.reject(reason);
  };

  constructor(private readonly worker: Worker) {
    worker.on('message', this.onMessage);
    worker.on('error', this.onFailure);
    worker.on('exit', this.onFailure);
  }

  ask(message: unknown): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(message);
    });
  }

  /** Stops listening (a standing worker is handed on with no listener of this run's left on it). */
  close(): void {
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onFailure);
    this.worker.off('exit', this.onFailure);
  }
}
