import { parentPort, workerData } from 'node:worker_threads';
import type { PageJob, RenderWorld } from './render-jobs.js';
import { linkWorld, makePage } from './render-one.js';
import { loadTemplates } from './templates.js';

// A worker thread of the page pool: receives batches of page jobs, answers with the made pages in order.
if (parentPort) {
  const world = workerData as RenderWorld;
  const lookups = linkWorld(world);
  const templates = loadTemplates(world.templateDirs);
  parentPort.on('message', (jobs: PageJob[]) => {
    const pages = jobs.map((job) => makePage(job, lookups, templates));
    // Each page's bytes are moved to the main thread, not copied.
    parentPort?.postMessage(
      pages,
      pages.map((page) => page.html.buffer as ArrayBuffer),
    );
  });
}
