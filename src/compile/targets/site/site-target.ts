import { createHash } from 'node:crypto';
import path from 'node:path';
import { lessonVersion } from '../../../model/text.js';
import { collectGarbage, heapGrowthCheck } from '../../../util/heap.js';
import { OrderedQueue } from '../../../util/ordered-queue.js';
import { trace } from '../../../util/trace.js';
import type { PreviousOutput } from '../../output-record.js';
import type { Artifact, CompileContext, MadeArtifact, Target } from '../../target.js';
import { linkedFiles } from './link-rewrite.js';
import {
  hashOf,
  type KeptKey,
  type LessonMeta,
  type LessonPagePlan,
  lastTextHash,
  linkWorldOf,
  pagesToMake,
  planPages,
  siteState,
} from './page-plan.js';
import {
  competencyPage,
  homePage,
  languagesPage,
  type Page,
  rolePage,
  searchPage,
} from './pages-framework.js';
import { linkWorld } from './render-one.js';
import { makePages, makesHere, startPageWorkers } from './render-pool.js';
import { type SiteModel, siteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';
import { lessonTexts, searchIndexes, textsSide } from './site-search.js';
import { manifestArtifact, serviceWorkerArtifact, staticArtifacts } from './static-files.js';
import { loadTemplates, type SiteTemplates } from './templates.js';

/** Options of `curriculum build site`. */
export interface SiteOptions {
  /** The framework root (its `theme/` folder overrides templates). */
  root: string;
  /** `--templates DIR`: overrides both the theme and the built-in templates. */
  templates?: string;
  /** What the last build left in the output folder: pages whose key is unchanged are taken over, not made. */
  previous?: PreviousOutput;
  /** The folder the writer is filling (stagingFolder): pages made on workers are placed there directly. */
  staging: string;
  /** Called with how many lesson and quiz pages were made, of how many. */
  onPlanned?(made: number, total: number): void;
}

/** The learning site: one tree per locale, static files only, readable offline. */
export const siteTarget: Target<SiteOptions> = {
  name: 'site',
  async *compile(context: CompileContext, options: SiteOptions): AsyncIterable<Artifact> {
    const model = siteModel(context.framework, context.look);
    const templateDirs = [
      ...(options.templates ? [path.resolve(options.templates)] : []),
      path.join(options.root, 'theme'),
    ];
    const templates = loadTemplates(templateDirs);
    const world = linkWorldOf(model, options.root, templates.compiled, options.staging);
    const lookups = linkWorld(world);
    const { previous } = options;
    // With no last build of this output every page is made: the page workers start now and get ready meanwhile.
    const fresh = previous === undefined || previous.empty();
    const started = fresh
      ? startPageWorkers(world, model.look.lesson.size * model.locales.length)
      : undefined;
    // What the site is made of, but for lesson bodies: told to the next build. Without a last build to compare it
    // with, it is worked out once the pages are under way.
    const state = fresh ? undefined : siteState(model, templates);
    const unchanged = state !== undefined && previous?.state() === state;
    // What loading a large framework left behind goes before its pages are planned and made (a rebuild that only
    // takes pages over needs no such care).
    if (!unchanged && context.framework.lessons.length > 1000) collectGarbage();
    // With nothing but lesson bodies changed since the last build, its keys still hold: a page is taken over
    // as it stands (its file untouched), without keying it again.
    const kept: KeptKey = (file, check) => {
      if (!unchanged || !previous) return undefined;
      const entry = previous.entry(file);
      if (!entry || (check && !check(entry.meta))) return undefined;
      return previous.reusable(file, entry.key) ? entry.key : undefined;
    };
    trace('site start');
    // Workers place pages in the output folder: should this build stop early, they finish (or, not yet sent any,
    // are let go) before it is removed.
    let making: Promise<void> = Promise.resolve();
    try {
      const plan = planPages(model, templates, lookups, previous, kept);
      const { plans: toMake, jobs, lanes, takenOver } = pagesToMake(plan, model.locales);
      trace('planned');
      options.onPlanned?.(toMake.length, plan.lessons.length + plan.quizzes.length);
      // The service worker's cache name: a hash of every file's key (in path order, however the files came), so any
      // change to the output renews it.
      const keys: [string, string][] = [];
      const emit = (artifact: Artifact): Artifact => {
        const key =
          artifact.key ??
          createHash('sha1')
            .update((artifact as MadeArtifact).data)
            .digest('hex');
        keys.push([artifact.path, key]);
        return { ...artifact, key };
      };
      // Pages are made and placed by the workers while this thread writes the rest; what they report (size, search
      // text) comes back in batches and goes to the writer in page order (a large site is never all in memory).
      const lessonMeta = new Map<LessonPagePlan, LessonMeta>();
      const freshText = new Map<string, string>();
      // The locales whose lesson texts differ from the last build's: their kept texts are replaced.
      const textsChanged = new Set<string>();
      const made = new OrderedQueue<Artifact>();
      // Pages come back faster than the heap is collected: the garbage of their reports is kept in check.
      const checkHeap = heapGrowthCheck(64);
      making = makePages(
        jobs,
        world,
        (start, pages) => {
          checkHeap();
          pages.forEach((result, i) => {
            const p = toMake[start + i] as (typeof toMake)[number];
            const { placed } = result;
            if (result.key) p.key.settle(result.key);
            if (!('digest' in p)) {
              made.put(start + i, { path: p.path, key: p.key(), placed });
              return;
            }
            const text = result.text ?? '';
            const textHash = hashOf(text);
            if (lastTextHash(previous, p.path) !== textHash) textsChanged.add(p.locale);
            freshText.set(p.path, text);
            const meta: LessonMeta = { digest: p.digest, textHash };
            lessonMeta.set(p, meta);
            made.put(start + i, { path: p.path, key: p.key(), placed, meta });
          });
        },
        { lookups, templates },
        {
          lanes,
          ...(started ? { started } : {}),
          // What a page is made from goes with its job, not to be held here while the rest are made.
          posted: (start, end) => {
            for (let i = start; i < end; i++) delete (toMake[i] as (typeof toMake)[number]).make;
          },
        },
      ).then(
        () => made.close(toMake.length),
        (error: unknown) => made.fail(error),
      );
      // A page of the framework (home, search, role, competency) is made unless the last build's still holds.
      const framePage = (file: string, make: () => Page): Artifact => {
        const key = kept(file);
        if (key) return emit({ path: file, key, reuse: true });
        const p = make();
        // Encoded once, for its key and its file alike.
        return emit({ path: p.path, data: Buffer.from(p.html) });
      };
      for (const p of takenOver.lessons)
        lessonMeta.set(p, { digest: p.digest, textHash: lastTextHash(previous, p.path) ?? '' });
      // A rebuild that makes a few pages (here, at once) builds the search indexes it needs now, on a worker, while
      // this thread takes the other files over: linking ten thousand of them takes about as long as indexing a locale.
      const texts = lessonTexts(plan.lessons, lessonMeta, freshText, previous, model.source, lookups);
      let indexes: Promise<Artifact[]> | undefined;
      if (makesHere(toMake.length)) {
        await making;
        indexes = gathered(searchIndexes(model, plan.lessons, lessonMeta, texts, previous, true));
        // Seen when awaited below; until then a failure must not count as unhandled.
        indexes.catch(() => undefined);
      }
      previous?.remember(state ?? siteState(model, templates));
      const statics = staticArtifacts(templates);
      for (const a of statics) yield emit(a);
      yield emit(manifestArtifact(model));
      for (const file of copiedFiles(model, lookups))
        yield emit({ path: file, data: await context.readFile(file) });
      yield* frameworkPages(model, templates, framePage);
      for (const p of takenOver.lessons)
        yield emit({ path: p.path, key: p.key(), reuse: true, meta: lessonMeta.get(p) });
      for (const p of takenOver.quizzes) yield emit({ path: p.path, key: p.key(), reuse: true });
      for await (const artifact of made) yield emit(artifact);
      trace('pages made');
      await making;
      // The page workers are done: they go before the search indexes are built, and so does what the pages were made
      // from (a page sent to a worker let it go then; one made in this thread, now).
      await started?.close();
      for (const p of toMake) delete p.make;
      jobs.length = 0;
      // Collected before the search workers start, not while they index: their heaps and this one's at once make
      // the build's peak.
      if (toMake.length > 1000) collectGarbage();
      for (const index of await (indexes ??
        gathered(searchIndexes(model, plan.lessons, lessonMeta, texts, previous))))
        yield emit(index);
      // Kept once the indexes are built: reading a locale's texts for its index shows whether they were whole.
      for (const locale of await texts.toKeep(textsChanged))
        previous?.keepSide(textsSide(locale), Object.fromEntries(await texts.of(locale)));
      trace('search done');
      const version = createHash('sha1');
      for (const [file, key] of keys.sort((a, b) => (a[0] < b[0] ? -1 : 1)))
        version.update(file).update('\0').update(key).update('\0');
      yield serviceWorkerArtifact(templates, model, version.digest('hex').slice(0, 16), statics);
    } finally {
      await making;
      await started?.close();
    }
  },
};

/** Every item of `items`, in order (Array.fromAsync, which Node 20 lacks). */
async function gathered<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The framework's pages (languages, then per locale home, search, roles and competencies), each through `page`. */
function* frameworkPages(
  model: SiteModel,
  templates: SiteTemplates,
  page: (file: string, make: () => Page) => Artifact,
): Iterable<Artifact> {
  yield page(sitePaths.languages(), () => languagesPage(model, templates));
  for (const locale of model.locales) {
    yield page(sitePaths.home(locale), () => homePage(model, templates, locale));
    yield page(sitePaths.search(locale), () => searchPage(model, templates, locale));
    for (const role of model.look.role.values())
      yield page(sitePaths.role(locale, role.id), () => rolePage(model, templates, locale, role));
    for (const c of model.competencies)
      yield page(sitePaths.competency(locale, c.id), () => competencyPage(model, templates, locale, c));
  }
}

// Every file under assets/, and any other file a lesson links to that is not a lesson: sorted, each once.
function copiedFiles(model: SiteModel, lookups: ReturnType<typeof linkWorld>): string[] {
  const files = new Set([...model.framework.files].filter((f) => f.startsWith('assets/')));
  for (const lesson of model.look.lesson.values()) {
    // Each version once: locales without a translation all show the source.
    for (const version of new Set(model.locales.map((l) => lessonVersion(lesson, l, model.source)))) {
      for (const f of linkedFiles(
        lookups,
        version.file,
        version.links.map((l) => l.url),
      ))
        files.add(f);
    }
  }
  return [...files].sort();
}
