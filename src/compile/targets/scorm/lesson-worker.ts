import { parentPort, workerData } from 'node:worker_threads';
import { type LessonJob, lessonRenderer, type RenderEnv } from './lesson-render.js';

// A worker thread of the lesson pool: renders batches of lesson pages with the framework sent at start.
const render = parentPort ? lessonRenderer(workerData as RenderEnv) : undefined;

parentPort?.on('message', (jobs: LessonJob[]) => {
  const results = jobs.map((job) => (render as NonNullable<typeof render>)(job));
  // No transfer list: zlib's small outputs may share Node's buffer pool, which must not be detached.
  parentPort?.postMessage(results);
});
