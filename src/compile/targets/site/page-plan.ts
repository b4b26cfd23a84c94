import { createHash } from 'node:crypto';
import { questionLinkUrls } from '../../../model/links.js';
import { lessonVersion, pick } from '../../../model/text.js';
import type { Lesson, Question, Text } from '../../../model/types.js';
import type { PreviousOutput } from '../../output-record.js';
import { type LinkWorld, rewriteLink } from './link-rewrite.js';
import type { CompiledTemplates } from './page-templates.js';
import { lessonFrame, type PageFrame, quizCells, quizFrame } from './pages-learning.js';
import type { LessonJob, PageJob, RenderWorld } from './render-jobs.js';
import { cell, type SiteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';
import type { SiteTemplates } from './templates.js';

/** A lesson page of one locale: the key of everything it is made from, and how it is made unless taken over. */
export interface LessonPagePlan {
  locale: string;
  lesson: Lesson;
  path: string;
  /** Worked out when first asked (a page the last build did not write is made whatever its key). */
  key: PageKey;
  /** The content hash of the file the page shows (kept beside the page to skip keying it next time). */
  digest: string;
  /** Absent when the page is taken over from the last build. */
  make?: { frame: () => PageFrame; job: LessonJob; links: string[] };
}

/** A practice quiz page of one locale. */
export interface QuizPagePlan {
  locale: string;
  path: string;
  /** Worked out when first asked (see LessonPagePlan). */
  key: PageKey;
  /** Absent when the page is taken over from the last build. */
  make?: { frame: () => PageFrame; sourceLocale: string; questions: readonly Question[] };
}

/** The last build's key of a page that can be taken over without keying it again, if any (see siteState). */
export type KeptKey = (path: string, meta?: (meta: unknown) => boolean) => string | undefined;

export interface PagePlan {
  lessons: LessonPagePlan[];
  quizzes: QuizPagePlan[];
}

/**
 * A page's job, made when it is sent to the worker that makes the page: made up front, the jobs of ten thousand pages
 * kept the other core idle while this thread made them. `weight` is what making the page costs, about.
 */
export interface PendingJob {
  weight: number;
  job(): PageJob;
}

/** What a plan says to do: the pages to make (each one's plan and job, side by side) and the pages taken over. */
export interface PagesToMake {
  plans: (LessonPagePlan | QuizPagePlan)[];
  jobs: PendingJob[];
  /** Where each locale's pages start (after the first's). */
  lanes: number[];
  /** The pages the last build's output still holds (told apart now: a made page's `make` goes once it is sent). */
  takenOver: PagePlan;
}

/**
 * The pages a plan says to make, a locale at a time (lessons, then quizzes), and where each locale's lane starts
 * (workers making different lanes write into different folders); and the pages it takes over.
 */
export function pagesToMake(plan: PagePlan, locales: readonly string[]): PagesToMake {
  const made: PagesToMake = { plans: [], jobs: [], lanes: [], takenOver: { lessons: [], quizzes: [] } };
  for (const locale of locales) {
    made.lanes.push(made.jobs.length);
    for (const p of plan.lessons) {
      if (p.locale !== locale) continue;
      if (!p.make) {
        made.takenOver.lessons.push(p);
        continue;
      }
      made.plans.push(p);
      const { make } = p;
      made.jobs.push({
        weight: 1,
        job: () => ({
          kind: 'lesson-page',
          frame: make.frame(),
          lesson: make.job,
          // The body is the one the load prepared, or read where the page is made; so is a key not worked out here.
          ...(p.key.known() ? {} : { key: { digest: p.digest, links: make.links } }),
        }),
      });
    }
    for (const p of plan.quizzes) {
      if (p.locale !== locale) continue;
      if (!p.make) {
        made.takenOver.quizzes.push(p);
        continue;
      }
      made.plans.push(p);
      const { frame, sourceLocale, questions } = p.make;
      made.jobs.push({
        // A quiz page models all its questions: it weighs as much as a few lessons.
        weight: 1 + questions.length / 25,
        job: () => ({
          kind: 'quiz-page',
          locale,
          frame: frame(),
          sourceLocale,
          questions: questions.map((q) => shownQuestion(q, locale, sourceLocale)),
        }),
      });
    }
  }
  return made;
}

/** The link world of a framework: its files, which lesson each Markdown file belongs to, and the theme's folders. */
export function linkWorldOf(
  model: SiteModel,
  root: string,
  templates: CompiledTemplates,
  staging: string,
): RenderWorld {
  const lessonFiles: RenderWorld['lessonFiles'] = [];
  for (const lesson of model.look.lesson.values()) {
    for (const [locale, version] of Object.entries(lesson.versions)) {
      lessonFiles.push([
        version.file,
        locale === model.source ? { id: lesson.id } : { id: lesson.id, locale },
      ]);
    }
  }
  return { root, files: [...model.framework.files], lessonFiles, templates, staging };
}

/**
 * Keys every lesson and quiz page by what makes it (templates, layout and page context, the Markdown or questions
 * and where their links lead) and says what must be rendered: only pages whose key changed since the last build,
 * or whose file was touched, render again; the others are taken over as they are.
 */
export function planPages(
  model: SiteModel,
  templates: SiteTemplates,
  lookups: LinkWorld,
  previous: PreviousOutput | undefined,
  kept: KeptKey,
): PagePlan {
  // A page the last build did not write is made whatever its key: the key waits until the record asks for it.
  const reusable = (path: string, key: PageKey) =>
    previous?.entry(path) !== undefined && previous.reusable(path, key());
  const digests = model.framework.digests;
  const lessons: LessonPagePlan[] = [];
  const quizzes: QuizPagePlan[] = [];
  for (const locale of model.locales) {
    for (const lesson of model.look.lesson.values()) {
      const path = sitePaths.lesson(locale, lesson.id);
      const version = lessonVersion(lesson, locale, model.source);
      // A model that was not loaded from files has no digests: its body stands for the file.
      const digest = digests?.get(version.file) ?? hashOf(version.body);
      const previousKey = kept(path, (meta) => (meta as LessonMeta | undefined)?.digest === digest);
      if (previousKey) {
        lessons.push({ locale, lesson, path, key: pageKey(() => previousKey), digest });
        continue;
      }
      const frame = once(() => lessonFrame(model, locale, lesson));
      const links = version.links.map((l) => l.url);
      const key = pageKey(() =>
        lessonPageKey(
          templates.id,
          frame(),
          version.file,
          digest,
          links,
          pageLinks(lookups, version.file, path, locale),
        ),
      );
      const plan: LessonPagePlan = { locale, lesson, path, key, digest };
      if (!reusable(path, key))
        plan.make = { frame, job: lessonJob(lesson, locale, model.source, path), links };
      lessons.push(plan);
    }
    for (const { competency, level } of quizCells(model)) {
      const path = sitePaths.quiz(locale, competency, level);
      const previousKey = kept(path);
      if (previousKey) {
        quizzes.push({ locale, path, key: pageKey(() => previousKey) });
        continue;
      }
      const frame = once(() => quizFrame(model, locale, competency, level));
      const questions = model.questions.get(cell(competency, level)) ?? [];
      const key = pageKey(() => quizPageKey(templates.id, frame(), questions, lookups, locale, digests));
      const plan: QuizPagePlan = { locale, path, key };
      if (!reusable(path, key)) plan.make = { frame, sourceLocale: model.source, questions };
      quizzes.push(plan);
    }
  }
  return { lessons, quizzes };
}

/**
 * A question as one locale's quiz page shows it: each text in that locale alone (what `pick` gives it, the source's
 * when untranslated) and only the file of its origin (where each field stood matters to diagnostics). It is copied to
 * the worker that makes the page: a third of the bytes of the whole question.
 */
export function shownQuestion(q: Question, locale: string, sourceLocale: string): Question {
  const shown = (text: Text): Text => ({ [locale]: pick(text, locale, sourceLocale) });
  const base = {
    ...q,
    stem: shown(q.stem),
    ...(q.feedback ? { feedback: shown(q.feedback) } : {}),
    origin: { file: q.origin.file, positions: {} },
  };
  switch (base.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        choices: base.choices.map((c) => ({
          ...c,
          text: shown(c.text),
          ...(c.feedback ? { feedback: shown(c.feedback) } : {}),
        })),
      };
    case 'short-answer':
      return { ...base, answers: base.answers.map(shown) };
    case 'matching':
      return { ...base, pairs: base.pairs.map((p) => ({ left: shown(p.left), right: shown(p.right) })) };
    case 'ordering':
      return { ...base, items: base.items.map(shown) };
    case 'true-false':
    case 'numeric':
      return base;
  }
}

/**
 * A lesson page's key: templates, layout and page context, the file it shows and its digest, and where each of its
 * links leads from the page. Worked out here or by the worker that makes the page, alike.
 */
export function lessonPageKey(
  templatesId: string,
  frame: PageFrame,
  file: string,
  digest: string,
  links: readonly string[],
  rewrite: (url: string) => string | undefined,
): string {
  const targets = links.map((url) => `${url} ${rewrite(url)}`);
  return keyOf(templatesId, frame, file, digest, ...targets);
}

/** Where the links of `file` lead from the page at `pagePath`, each URL worked out once for the page. */
export function pageLinks(
  lookups: LinkWorld,
  file: string,
  pagePath: string,
  locale: string,
): (url: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (url) => {
    if (known.has(url)) return known.get(url);
    const target = rewriteLink(lookups, file, pagePath, locale, url);
    known.set(url, target);
    return target;
  };
}

/**
 * A quiz page's key: templates, layout and page context, and each question with where its links lead. A question is
 * what its file says: its id and its file's digest stand for it (a model not loaded from files has no digests: the
 * question itself does).
 */
function quizPageKey(
  templatesId: string,
  frame: PageFrame,
  questions: readonly Question[],
  lookups: LinkWorld,
  locale: string,
  digests: ReadonlyMap<string, string> | undefined,
): string {
  const parts = questions.map((q) => {
    const digest = digests?.get(q.origin.file);
    const identity = digest ? `${q.id}\0${digest}` : JSON.stringify(q);
    const links = questionLinkUrls(q).map(
      (u) => `${u} ${rewriteLink(lookups, q.origin.file, frame.path, locale, u)}`,
    );
    return `${identity}\n${links.join('\n')}`;
  });
  return keyOf(templatesId, frame, ...parts);
}

/** The job that renders a lesson's body (the version shown in `locale`) for its page at `pagePath`. */
export function lessonJob(lesson: Lesson, locale: string, source: string, pagePath: string): LessonJob {
  const version = lessonVersion(lesson, locale, source);
  const job: LessonJob = {
    kind: 'lesson',
    file: version.file,
    body: version.body,
    pagePath,
    pageLocale: locale,
  };
  if (version.prepared) job.prepared = version.prepared;
  return job;
}

/**
 * What a lesson page keeps beside it in the output record: the digest it was made from, and a hash of its search
 * text (the texts themselves are kept in the record's `texts` side piece, read only to build an index again).
 */
export interface LessonMeta {
  digest: string;
  textHash: string;
}

/** The hash of a lesson page's search text as the last build kept it, if it did. */
export function lastTextHash(previous: PreviousOutput | undefined, path: string): string | undefined {
  return (previous?.entry(path)?.meta as LessonMeta | undefined)?.textHash;
}

/**
 * A key of everything but lesson bodies that pages are made from: templates, every file's path, the content hash
 * of every file that is not a lesson, and each lesson's front matter. When it is the last build's, a page other
 * than a lesson page is unchanged, and a lesson page is unchanged when its own file is: neither is keyed again.
 */
export function siteState(model: SiteModel, templates: SiteTemplates): string | undefined {
  const digests = model.framework.digests;
  if (!digests) return undefined;
  const h = createHash('sha1').update(templates.id);
  const lessonFiles = new Set<string>();
  for (const lesson of model.framework.lessons) {
    const { versions, ...front } = lesson;
    // A lesson's front matter: not its body, its links (keyed per page) nor where this run prepared it.
    const fronts = Object.values(versions).map(({ body: _, links: __, prepared: ___, ...rest }) => rest);
    h.update(JSON.stringify([front, fronts]));
    for (const version of Object.values(versions)) lessonFiles.add(version.file);
  }
  for (const file of [...model.framework.files].sort()) {
    h.update('\0').update(file).update('\0');
    if (!lessonFiles.has(file)) h.update(digests.get(file) ?? '');
  }
  return h.digest('hex');
}

/** A page's key: worked out here when first asked, unless the worker that made the page worked it out first. */
export interface PageKey {
  (): string;
  /** Whether it is worked out already (else the page's job asks its worker for it). */
  known(): boolean;
  /** Takes the key the page's worker worked out (the same function, from the same inputs). */
  settle(key: string): void;
}

function pageKey(make: () => string): PageKey {
  let value: string | undefined;
  // Once worked out, what it was made from (a page's frame, its questions) is let go.
  let maker: (() => string) | undefined = make;
  const key = (() => {
    value ??= (maker as () => string)();
    maker = undefined;
    return value;
  }) as PageKey;
  key.known = () => value !== undefined;
  key.settle = (worked) => {
    value ??= worked;
    maker = undefined;
  };
  return key;
}

// A value worked out when first asked, then kept.
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function keyOf(templatesId: string, frame: PageFrame, ...parts: string[]): string {
  const h = createHash('sha1')
    .update(templatesId)
    .update('\0')
    .update(frame.path)
    .update('\0')
    .update(JSON.stringify(frame.shell))
    .update('\0')
    .update(JSON.stringify(frame.context));
  for (const part of parts) h.update('\0').update(part);
  return h.digest('hex');
}
