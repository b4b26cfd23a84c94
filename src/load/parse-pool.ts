import { runOnWorkers, type StandingWorkers } from '../util/worker-pool.js';
import { workerScript } from '../util/worker-script.js';
import { buildId } from './cache.js';
import {
  fromWire,
  type Parsed,
  type ParsedWire,
  type ParseJob,
  type ParseRequest,
  parseJob,
} from './parse-worker.js';
import type { PrepareBodies } from './prepared-bodies.js';

/**
 * Parses files on every core (worker threads) when there are many, else in this thread. Order is kept. The jobs
 * array is consumed: each job is dropped once a worker has its copy, so the file bytes are not held twice.
 */
export async function parseAll(
  jobs: ParseJob[],
  locales: string[],
  stats: { onWorkers: number } = { onWorkers: 0 },
  standing?: StandingWorkers,
  prepare?: PrepareBodies,
  bodies = true,
): Promise<Parsed[]> {
  const build = buildId();
  const results: Parsed[] = new Array(jobs.length);
  // A worker's files come as JSON and are made whole as they arrive, while the workers go on.
  await runOnWorkers<ParseJob, Parsed | ParsedWire>(jobs, {
    standing,
    script: workerScript('./parse-worker.js', import.meta.url),
    // A bounded heap per worker keeps the whole process under ~500 MB on large frameworks (the young generation is
    // sized for YAML's short-lived nodes: 8 MB spent a third of the time in GC); a batch that needs more
    // (a file near the size cap) is parsed again on the main thread instead.
    resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 256 },
    // Starting workers (and warming their compiler) costs more than a few hundred files; warm ones are worth it sooner.
    threshold: standing?.count ? 16 : 400,
    batchSize: 150,
    inFlight: 2,
    // Question files are large and sort last: batches by bytes keep the last ones from landing on one core.
    weight: (job) => job.bytes?.byteLength ?? job.weight ?? 0,
    batchWeight: 256 * 1024,
    inThread: () => (job) => parseJob(job, locales, build, undefined, bodies),
    // Bodies are prepared for rendering on workers only: a batch parsed here leaves its lessons to be rendered from
    // their files, as a lesson taken from the parse cache is.
    message: (batch): ParseRequest => ({
      jobs: batch,
      locales,
      build,
      bodies,
      ...(prepare ? { prepare } : {}),
    }),
    retryInThread: true,
    letGo: true,
    doneOnWorker: (count) => {
      stats.onWorkers += count;
    },
    onResults: (start, done) => {
      for (let i = 0; i < done.length; i++) {
        const result = done[i] as Parsed | ParsedWire;
        results[start + i] = 'json' in result ? fromWire(result) : result;
      }
    },
  });
  return results;
}
