import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lessonBodyOf } from '../../../load/front-matter.js';
import { readPrepared, type ScratchReader } from '../../../load/prepared-bodies.js';
import type { Question } from '../../../model/types.js';
import { renderMarkdownAndExcerpt } from '../../markdown/render.js';
import { quizQuestion } from '../../quiz/quiz-data.js';
import type { PlacedFile } from '../../target.js';
import { safeJoin } from '../../write.js';
import { type LinkWorld, rewriteLink } from './link-rewrite.js';
import { lessonPageKey, pageLinks } from './page-plan.js';
import type { PageTemplates } from './page-templates.js';
import { lessonPage, quizPage } from './pages-learning.js';
import { finishBody, preparedBody } from './prepared-body.js';
import type { LessonJob, PageJob, PageResult, QuizPageJob, RenderWorld } from './render-jobs.js';
import { indexedChars } from './search-text.js';

/** Turns the world a worker receives back into lookups. */
export function linkWorld(world: RenderWorld): LinkWorld & { root: string } {
  return { root: world.root, files: new Set(world.files), lessonFiles: new Map(world.lessonFiles) };
}

/** A lesson's Markdown body as the loader cut it, read from its file (the model may not carry bodies). */
export function readLessonBody(root: string, file: string): string {
  return lessonBodyOf(readFileSync(path.join(root, ...file.split('/'))), file) ?? '';
}

/**
 * A lesson body as sanitised HTML (heading anchors, links rewritten), and the text search indexes it by. Runs in a
 * worker thread or in this one.
 */
export function renderLesson(
  job: LessonJob,
  world: LinkWorld & { root: string },
  reader?: ScratchReader,
  rewriteUrl: (url: string) => string | undefined = pageLinks(world, job.file, job.pagePath, job.pageLocale),
): { html: string; text: string } {
  if (job.prepared) return finishBody(preparedBody(readPrepared(job.prepared, reader)), rewriteUrl);
  const { html, excerpt } = renderMarkdownAndExcerpt(job.body || readLessonBody(world.root, job.file), {
    headingIds: true,
    rewriteUrl,
    excerpt: indexedChars,
  });
  return { html, text: excerpt };
}

/** A quiz page's question as the quiz engine's JSON. */
export function renderQuestion(
  job: QuizPageJob,
  question: Question,
  world: LinkWorld & { root: string },
): string {
  const file = question.origin.file;
  const data = quizQuestion(question, job.locale, job.sourceLocale, {
    rewriteUrl: (url) => rewriteLink(world, file, job.frame.path, job.locale, url),
  });
  return JSON.stringify(data);
}

/** Puts made pages into the folder the writer is filling (each folder created once). */
export function pagePlacer(staging: string): (file: string, html: string) => PlacedFile {
  const folders = new Set<string>();
  // Pages are encoded into one buffer kept for them all: a buffer per page (Buffer.from) costs four times as much.
  let buffer = Buffer.allocUnsafe(1 << 20);
  return (file, html) => {
    const target = safeJoin(staging, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    // A UTF-16 code unit takes at most three bytes in UTF-8: with that much room, nothing is cut.
    if (buffer.length < html.length * 3) buffer = Buffer.allocUnsafe(html.length * 3);
    const size = buffer.write(html);
    writeFileSync(target, buffer.subarray(0, size));
    // How the file stands once written (and closed: some file systems set its time then) goes back with it, so the
    // output record need not stat every page again in one thread.
    const { mtimeMs, ino } = statSync(target);
    return { bytes: size, mtimeMs, ino };
  };
}

/**
 * Makes one whole page (a lesson's or a quiz's) from its frame and places it in the output folder. Runs in a
 * worker thread or in this one.
 */
export function makePage(
  job: PageJob,
  world: LinkWorld & { root: string },
  templates: PageTemplates,
  place: (file: string, html: string) => PlacedFile,
  reader?: ScratchReader,
): PageResult {
  if (job.kind === 'lesson-page') {
    const { file, pagePath, pageLocale } = job.lesson;
    // The body's links and the page's key ask where the same links lead: each is worked out once.
    const links = pageLinks(world, file, pagePath, pageLocale);
    const body = renderLesson(job.lesson, world, reader, links);
    return {
      placed: place(job.frame.path, lessonPage(templates, job.frame, body.html).html),
      text: body.text,
      ...(job.key && {
        key: lessonPageKey(templates.id, job.frame, file, job.key.digest, job.key.links, links),
      }),
    };
  }
  const json = job.questions.map((question) => renderQuestion(job, question, world));
  return { placed: place(job.frame.path, quizPage(templates, job.frame, json).html) };
}
