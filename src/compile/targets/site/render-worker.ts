import { parentPort, workerData } from 'node:worker_threads';
import runtime from 'handlebars/runtime.js';
import { ScratchReader } from '../../../load/prepared-bodies.js';
import { type HandlebarsRuntime, pageTemplates } from './page-templates.js';
import type { PageJob, RenderWorld } from './render-jobs.js';
import { linkWorld, makePage, pagePlacer } from './render-one.js';

// A worker thread of the page pool: receives batches of page jobs, places the pages, answers with what it placed.
if (parentPort) {
  const world = workerData as RenderWorld;
  const lookups = linkWorld(world);
  // Handlebars' runtime module is typed as exporting nothing; it is the runtime (create, template...).
  const templates = pageTemplates(world.templates, runtime as unknown as HandlebarsRuntime);
  const place = pagePlacer(world.staging);
  parentPort.on('message', (jobs: PageJob[]) => {
    const reader = new ScratchReader();
    try {
      parentPort?.postMessage(jobs.map((job) => makePage(job, lookups, templates, place, reader)));
    } finally {
      reader.close();
    }
  });
}
