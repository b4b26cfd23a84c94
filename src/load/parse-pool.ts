import { runOnWorkers, type StandingWorkers } from '../util/worker-pool.js';
import { workerScript } from '../util/worker-script.js';
import type { ParsedFile } from './parse-file.js';
import { type ParseJob, safeParse } from './parse-worker.js';

const released: ParseJob = { path: '', kind: 'ignored', bytes: new Uint8Array() };

/**
 * Parses files on every core (worker threads) when there are many, else in this thread. Order is kept. The jobs
 * array is consumed: each job is dropped once a worker has its copy, so the file bytes are not held twice.
 */
export async function parseAll(
  jobs: ParseJob[],
  locales: string[],
  stats: { onWorkers: number } = { onWorkers: 0 },
  standing?: StandingWorkers,
): Promise<ParsedFile[]> {
  return runOnWorkers(jobs, {
    standing,
    script: workerScript('./parse-worker.js', import.meta.url),
    // A bounded heap per worker keeps the whole process under ~500 MB on large frameworks (the young generation is
    // sized for YAML's short-lived nodes: 8 MB spent a third of the time in GC); a batch that needs more
    // (a file near the size cap) is parsed again on the main thread instead.
    resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 256 },
    // Starting workers (and warming their compiler) costs more than a few hundred files; warm ones are worth it sooner.
    threshold: standing?.count ? 16 : 400,
    batchSize: 150,
    // Question files are large and sort last: batches by bytes keep the last ones from landing on one core.
    weight: (job) => job.bytes.byteLength,
    batchWeight: 256 * 1024,
    inThread: () => (job) => safeParse(job, locales),
    message: (batch) => ({ jobs: batch, locales }),
    retryInThread: true,
    posted: (start, end) => jobs.fill(released, start, end),
    doneOnWorker: (count) => {
      stats.onWorkers += count;
    },
  });
}
