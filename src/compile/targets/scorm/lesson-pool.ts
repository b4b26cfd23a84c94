import { runOnWorkers } from '../../../util/worker-pool.js';
import { workerScript } from '../../../util/worker-script.js';
import { type LessonJob, type LessonResult, lessonRenderer, type RenderEnv } from './lesson-render.js';

/** Renders lesson pages on every core (worker threads) when there are many, else in this thread. Order is kept. */
export function renderLessons(jobs: LessonJob[], env: RenderEnv): Promise<LessonResult[]> {
  return runOnWorkers(jobs, {
    script: workerScript('./lesson-worker.js', import.meta.url),
    workerData: env,
    // Rendering allocates many short-lived nodes: a larger young generation keeps the scavenger from dominating.
    resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 512 },
    threshold: 200,
    batchSize: 50,
    inFlight: 2,
    inThread: () => lessonRenderer(env),
  });
}
