import { questionLinkUrls } from '../../../model/links.js';
import { lessonVersion } from '../../../model/text.js';
import type { Question } from '../../../model/types.js';
import { type LinkWorld, rewriteLink } from './link-rewrite.js';
import { quizCells } from './pages-learning.js';
import { jobKey, RenderCache } from './render-cache.js';
import type { RenderJob, RenderWorld } from './render-jobs.js';
import { renderAll } from './render-pool.js';
import { cell, type SiteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';

/** Everything rendered for the site: lesson bodies by `locale\0id`, question payloads by `locale\0id`. */
export interface Rendered {
  lessons: Map<string, string>;
  questions: Map<string, string>;
  /** How many jobs rendered (the rest came from the cache). */
  fresh: number;
  total: number;
}

/** The link world of a framework: its files, and which lesson each Markdown file belongs to. */
export function linkWorldOf(model: SiteModel): RenderWorld {
  const lessonFiles: RenderWorld['lessonFiles'] = [];
  for (const lesson of model.look.lesson.values()) {
    for (const [locale, version] of Object.entries(lesson.versions)) {
      lessonFiles.push([
        version.file,
        locale === model.source ? { id: lesson.id } : { id: lesson.id, locale },
      ]);
    }
  }
  return { files: [...model.framework.files], lessonFiles };
}

/**
 * Renders every lesson body and question the site shows, each once per locale, reusing the render cache: a key
 * covers the text, the page and where its links lead, so only what changed renders again (on all cores).
 */
export async function renderSite(
  model: SiteModel,
  world: RenderWorld,
  lookups: LinkWorld,
  root: string,
  cacheDir: string | false,
): Promise<Rendered> {
  const cache = await RenderCache.open(root, cacheDir);
  const jobs: { job: RenderJob; target: Map<string, string>; name: string }[] = [];
  // What keys a question in every locale: its whole source and the URLs it links to, worked out once.
  const sources = new Map<Question, { json: string; urls: string[] }>();
  const sourceOf = (question: Question) => {
    let source = sources.get(question);
    if (!source) {
      source = { json: JSON.stringify(question), urls: questionLinkUrls(question) };
      sources.set(question, source);
    }
    return source;
  };
  const lessons = new Map<string, string>();
  const questions = new Map<string, string>();
  for (const locale of model.locales) {
    for (const lesson of model.look.lesson.values()) {
      const version = lessonVersion(lesson, locale, model.source);
      const pagePath = sitePaths.lesson(locale, lesson.id);
      const links = version.links.map(
        (l) => `${l.url} ${rewriteLink(lookups, version.file, pagePath, locale, l.url)}`,
      );
      const key = await jobKey('lesson', version.file, pagePath, locale, version.body, links.join('\n'));
      const job: RenderJob = {
        kind: 'lesson',
        key,
        file: version.file,
        body: version.body,
        pagePath,
        pageLocale: locale,
      };
      jobs.push({ job, target: lessons, name: `${locale}\0${lesson.id}` });
    }
    for (const { competency, level } of quizCells(model)) {
      const pagePath = sitePaths.quiz(locale, competency, level);
      for (const question of model.questions.get(cell(competency, level)) ?? []) {
        const { json, urls } = sourceOf(question);
        const links = urls.map(
          (u) => `${u} ${rewriteLink(lookups, question.origin.file, pagePath, locale, u)}`,
        );
        const key = await jobKey('question', json, pagePath, locale, links.join('\n'));
        const job: RenderJob = {
          kind: 'question',
          key,
          question,
          pagePath,
          locale,
          sourceLocale: model.source,
        };
        jobs.push({ job, target: questions, name: `${locale}\0${question.id}` });
      }
    }
  }
  const misses: typeof jobs = [];
  for (const entry of jobs) {
    const hit = cache.get(entry.job.key);
    if (hit === undefined) misses.push(entry);
    else entry.target.set(entry.name, hit);
  }
  const fresh = await renderAll(
    misses.map((m) => m.job),
    world,
  );
  misses.forEach((miss, i) => {
    miss.target.set(miss.name, fresh[i] as string);
    cache.set(miss.job.key, fresh[i] as string);
  });
  await cache.save();
  return { lessons, questions, fresh: misses.length, total: jobs.length };
}
