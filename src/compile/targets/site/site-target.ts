import { createHash } from 'node:crypto';
import path from 'node:path';
import { decodeText } from '../../../load/decode.js';
import { splitFrontMatter } from '../../../load/front-matter.js';
import { lessonVersion } from '../../../model/text.js';
import { groupBy } from '../../../util/collections.js';
import type { PreviousOutput } from '../../output-record.js';
import type { Artifact, CompileContext, MadeArtifact, Target } from '../../target.js';
import { linkedFiles } from './link-rewrite.js';
import {
  hashOf,
  type KeptKey,
  type LessonMeta,
  type LessonPagePlan,
  linkWorldOf,
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
import { lessonPage, quizPage } from './pages-learning.js';
import type { QuestionJob, RenderJob, RenderWorld } from './render-jobs.js';
import { linkWorld, renderJob } from './render-one.js';
import { renderAll } from './render-pool.js';
import { indexedText, searchDocs, searchIndexScripts } from './search-index.js';
import { siteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';
import { manifestArtifact, serviceWorkerArtifact, staticArtifacts } from './static-files.js';
import { loadTemplates } from './templates.js';

/** Options of `curriculum build site`. */
export interface SiteOptions {
  /** The framework root (its `theme/` folder overrides templates). */
  root: string;
  /** `--templates DIR`: overrides both the theme and the built-in templates. */
  templates?: string;
  /** What the last build left in the output folder: pages whose key is unchanged are taken over, not made. */
  previous?: PreviousOutput;
  /** Called with how many lesson and quiz pages were made, of how many. */
  onPlanned?(made: number, total: number): void;
}

/** The learning site: one tree per locale, static files only, readable offline. */
export const siteTarget: Target<SiteOptions> = {
  name: 'site',
  async *compile(context: CompileContext, options: SiteOptions): AsyncIterable<Artifact> {
    const model = siteModel(context.framework, context.look);
    const templates = loadTemplates([
      ...(options.templates ? [path.resolve(options.templates)] : []),
      path.join(options.root, 'theme'),
    ]);
    const world = linkWorldOf(model);
    const lookups = linkWorld(world);
    const { previous } = options;
    const state = siteState(model, templates);
    previous?.remember(state);
    const unchanged = state !== undefined && previous?.state() === state;
    // With nothing but lesson bodies changed since the last build, its keys still hold: a page is taken over
    // as it stands (its file untouched), without keying it again.
    const kept: KeptKey = (file, check) => {
      if (!unchanged || !previous) return undefined;
      const entry = previous.entry(file);
      if (!entry || (check && !check(entry.meta))) return undefined;
      return previous.reusable(file, entry.key) ? entry.key : undefined;
    };
    const plan = planPages(model, templates, lookups, previous, kept);
    const toMake = plan.lessons.filter((p) => p.make);
    const quizzesToMake = plan.quizzes.filter((p) => p.make);
    options.onPlanned?.(toMake.length + quizzesToMake.length, plan.lessons.length + plan.quizzes.length);
    // Bodies left out of the parse cache are read again, only for the pages being made.
    for (const p of toMake) {
      const job = (p.make as NonNullable<LessonPagePlan['make']>).job;
      if (job.body === '') job.body = await lessonBody(context, job.file);
    }
    const jobs: RenderJob[] = [
      ...toMake.map((p) => (p.make as NonNullable<LessonPagePlan['make']>).job),
      ...quizzesToMake.flatMap((p) => p.make?.jobs ?? []),
    ];
    const rendered = await renderAll(jobs, world);
    const bodies = new Map<LessonPagePlan, string>();
    const questionJson = new Map<QuestionJob, string>();
    jobs.forEach((job, i) => {
      if (job.kind === 'question') questionJson.set(job, rendered[i] as string);
    });
    toMake.forEach((p, i) => {
      bodies.set(p, rendered[i] as string);
    });
    rendered.length = 0;
    // Each lesson's indexed text, known by its hash: from its fresh body, or as the last build kept it.
    const lessonMeta = new Map<LessonPagePlan, LessonMeta>();
    const freshText = new Map<string, string>();
    let textsChanged = false;
    for (const p of plan.lessons) {
      const body = bodies.get(p);
      const before = previous?.entry(p.path)?.meta as LessonMeta | undefined;
      if (body === undefined) {
        lessonMeta.set(p, { digest: p.digest, textHash: before?.textHash ?? '' });
        continue;
      }
      const text = indexedText(body);
      const textHash = hashOf(text);
      freshText.set(p.path, text);
      if (before?.textHash !== textHash) textsChanged = true;
      lessonMeta.set(p, { digest: p.digest, textHash });
    }
    const texts = lessonTexts(plan.lessons, lessonMeta, freshText, previous, model.source, context, world);
    if (textsChanged) previous?.keepSide('texts', Object.fromEntries(await texts.all()));
    // The service worker's cache name: a hash of every file's key, so any change to the output renews it.
    const version = createHash('sha1');
    const emit = (artifact: Artifact): Artifact => {
      const key =
        artifact.key ??
        createHash('sha1')
          .update((artifact as MadeArtifact).data)
          .digest('hex');
      version.update(artifact.path).update('\0').update(key).update('\0');
      return { ...artifact, key };
    };
    // A page of the framework (home, search, role, competency) is made unless the last build's still holds.
    const framePage = (file: string, make: () => Page): Artifact => {
      const key = kept(file);
      if (key) return emit({ path: file, key, reuse: true });
      const p = make();
      return emit({ path: p.path, data: p.html });
    };
    const statics = staticArtifacts(templates);
    for (const a of statics) yield emit(a);
    yield emit(manifestArtifact(model));
    for (const file of copiedFiles(model, lookups))
      yield emit({ path: file, data: await context.readFile(file) });
    yield framePage(sitePaths.languages(), () => languagesPage(model, templates));
    const lessonPath = new Map(plan.lessons.map((p) => [`${p.locale}\0${p.lesson.id}`, p]));
    const indexes = [];
    for (const locale of model.locales) {
      // Keyed by the texts' hashes: the texts themselves are needed only when the index is built again.
      const plans = (id: string) => lessonPath.get(`${locale}\0${id}`) as LessonPagePlan;
      const keyDocs = searchDocs(model, locale, (id) => lessonMeta.get(plans(id))?.textHash ?? '');
      const key = createHash('sha1').update(JSON.stringify(keyDocs)).digest('hex');
      const file = sitePaths.searchIndex(locale);
      if (previous?.reusable(file, key)) indexes.push({ file, key, docs: undefined });
      else {
        const all = await texts.all();
        indexes.push({ file, key, docs: searchDocs(model, locale, (id) => all.get(plans(id).path) ?? '') });
      }
    }
    const scripts = searchIndexScripts(indexes.flatMap((i) => (i.docs ? [i.docs] : [])));
    // Awaited below; a page that fails first must not leave this rejection unhandled.
    scripts.catch(() => undefined);
    const lessonsOf = groupBy(plan.lessons, (p) => p.locale);
    const quizzesOf = groupBy(plan.quizzes, (p) => p.locale);
    let fresh = 0;
    for (const [i, locale] of model.locales.entries()) {
      yield framePage(sitePaths.home(locale), () => homePage(model, templates, locale));
      yield framePage(sitePaths.search(locale), () => searchPage(model, templates, locale));
      for (const role of model.look.role.values())
        yield framePage(sitePaths.role(locale, role.id), () => rolePage(model, templates, locale, role));
      for (const c of model.competencies)
        yield framePage(sitePaths.competency(locale, c.id), () =>
          competencyPage(model, templates, locale, c),
        );
      for (const p of lessonsOf.get(locale) ?? []) {
        const meta = lessonMeta.get(p);
        const body = bodies.get(p);
        if (!p.make || body === undefined) yield emit({ path: p.path, key: p.key, reuse: true, meta });
        else
          yield emit({
            path: p.path,
            data: lessonPage(templates, p.make.frame, body).html,
            key: p.key,
            meta,
          });
        bodies.delete(p);
      }
      for (const p of quizzesOf.get(locale) ?? []) {
        if (!p.make) yield emit({ path: p.path, key: p.key, reuse: true });
        else {
          const json = p.make.jobs.map((job) => questionJson.get(job) ?? 'null');
          yield emit({ path: p.path, data: quizPage(templates, p.make.frame, json).html, key: p.key });
        }
      }
      const index = indexes[i] as (typeof indexes)[number];
      if (!index.docs) yield emit({ path: index.file, key: index.key, reuse: true });
      else yield emit({ path: index.file, data: (await scripts)[fresh++] as string, key: index.key });
    }
    yield serviceWorkerArtifact(templates, model, version.digest('hex').slice(0, 16), statics);
  },
};

// Every file under assets/, and any other file a lesson links to that is not a lesson: sorted, each once.
function copiedFiles(model: ReturnType<typeof siteModel>, lookups: ReturnType<typeof linkWorld>): string[] {
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

// A lesson's Markdown body as the loader cut it, read again from its file (the parse cache keeps no bodies).
async function lessonBody(context: CompileContext, file: string): Promise<string> {
  const decoded = decodeText(await context.readFile(file), file);
  if (!('text' in decoded)) return '';
  const split = splitFrontMatter(decoded.text, file);
  return 'body' in split ? split.body : '';
}

/**
 * The indexed text of every lesson page, read lazily: fresh pages give theirs; the others come from the record's
 * `texts` side piece, each checked against the hash its page keeps (one that does not match is rendered again).
 * When a text changed, the side piece is replaced for the next build.
 */
function lessonTexts(
  lessons: readonly LessonPagePlan[],
  meta: ReadonlyMap<LessonPagePlan, LessonMeta>,
  fresh: ReadonlyMap<string, string>,
  previous: PreviousOutput | undefined,
  source: string,
  context: CompileContext,
  world: RenderWorld,
): { all(): Promise<Map<string, string>> } {
  let all: Promise<Map<string, string>> | undefined;
  const load = async () => {
    const kept = (previous?.side('texts') ?? {}) as Record<string, string>;
    const out = new Map<string, string>();
    for (const p of lessons) {
      const text = fresh.get(p.path) ?? kept[p.path];
      if (text !== undefined && hashOf(text) === meta.get(p)?.textHash) out.set(p.path, text);
      else {
        const version = lessonVersion(p.lesson, p.locale, source);
        const body = version.body || (await lessonBody(context, version.file));
        const job = {
          kind: 'lesson',
          file: version.file,
          body,
          pagePath: p.path,
          pageLocale: p.locale,
        } as const;
        const html = renderJob(job, linkWorld(world));
        out.set(p.path, indexedText(html));
      }
    }
    return out;
  };
  return {
    all() {
      all ??= load();
      return all;
    },
  };
}
