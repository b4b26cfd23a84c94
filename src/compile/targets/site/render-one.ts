import { renderMarkdown } from '../../markdown/render.js';
import { quizQuestion } from '../../quiz/quiz-data.js';
import { type LinkWorld, rewriteLink } from './link-rewrite.js';
import type { RenderJob, RenderWorld } from './render-jobs.js';

/** Turns the world a worker receives back into lookups. */
export function linkWorld(world: RenderWorld): LinkWorld {
  return { files: new Set(world.files), lessonFiles: new Map(world.lessonFiles) };
}

/**
 * Renders one job to a string: a lesson body as sanitised HTML (heading anchors, links rewritten), or a question
 * as the quiz engine's JSON. Runs in a worker thread or in this one.
 */
export function renderJob(job: RenderJob, world: LinkWorld): string {
  if (job.kind === 'lesson') {
    return renderMarkdown(job.body, {
      headingIds: true,
      rewriteUrl: (url) => rewriteLink(world, job.file, job.pagePath, job.pageLocale, url),
    });
  }
  const file = job.question.origin.file;
  const data = quizQuestion(job.question, job.locale, job.sourceLocale, {
    rewriteUrl: (url) => rewriteLink(world, file, job.pagePath, job.locale, url),
  });
  return JSON.stringify(data);
}
