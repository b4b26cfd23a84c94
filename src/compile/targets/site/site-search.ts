import { createHash } from 'node:crypto';
import { runOnWorkers } from '../../../util/worker-pool.js';
import { workerScript } from '../../../util/worker-script.js';
import type { PreviousOutput } from '../../output-record.js';
import type { Artifact } from '../../target.js';
import { hashOf, type LessonMeta, type LessonPagePlan, lessonJob } from './page-plan.js';
import { type linkWorld, renderLesson } from './render-one.js';
import { searchDocs, searchIndexScript } from './search-index.js';
import type { SiteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';

/** The indexed texts of one locale's lesson pages by page path, read only when asked for. */
export interface LessonTexts {
  of(locale: string): Promise<Map<string, string>>;
  /** Of `changed` and the locales whose kept texts were missing or stale when read, those to keep anew. */
  toKeep(changed: ReadonlySet<string>): Promise<string[]>;
}

/**
 * The side piece of the output record that keeps one locale's lesson texts: a locale apiece, so that a lesson edited
 * in one language reads and writes that language's texts alone.
 */
export const textsSide = (locale: string): string => `texts-${locale}`;

/**
 * Each locale's search index, once every page is made (so no core is left to build one beside them): taken over
 * when its documents, keyed by their texts' hashes, are the last build's; else built from the texts, the locales
 * side by side on worker threads (the page workers are gone by then), or here when only one needs building.
 */
export async function* searchIndexes(
  model: SiteModel,
  lessons: readonly LessonPagePlan[],
  meta: ReadonlyMap<LessonPagePlan, LessonMeta>,
  texts: LessonTexts,
  previous: PreviousOutput | undefined,
  /** Beside this thread's other work: a single index is built on a worker too (a large framework's). */
  aside = false,
): AsyncIterable<Artifact> {
  const byLesson = new Map(lessons.map((p) => [`${p.locale}\0${p.lesson.id}`, p]));
  const plan = (locale: string, id: string) => byLesson.get(`${locale}\0${id}`) as LessonPagePlan;
  const toBuild: { path: string; key: string; locale: string }[] = [];
  for (const locale of model.locales) {
    const keyDocs = searchDocs(model, locale, (id) => meta.get(plan(locale, id))?.textHash ?? '');
    const key = createHash('sha1').update(JSON.stringify(keyDocs)).digest('hex');
    const file = sitePaths.searchIndex(locale);
    if (previous?.reusable(file, key)) yield { path: file, key, reuse: true };
    else toBuild.push({ path: file, key, locale });
  }
  if (toBuild.length === 0) return;
  const byLocale = new Map<string, Map<string, string>>();
  for (const { locale } of toBuild) byLocale.set(locale, await texts.of(locale));
  const textOf = (locale: string) => (id: string) => byLocale.get(locale)?.get(plan(locale, id).path) ?? '';
  const scripts = await runOnWorkers(toBuild, {
    script: workerScript('./search-worker.js', import.meta.url),
    // Starting a thread costs about what indexing a couple of hundred lessons does.
    threshold: lessons.length < 200 ? Number.POSITIVE_INFINITY : aside ? 1 : 2,
    batchSize: 1,
    message: (batch) => batch.map(({ locale }) => searchDocs(model, locale, textOf(locale))),
    inThread:
      () =>
      ({ locale }) =>
        searchIndexScript(searchDocs(model, locale, textOf(locale))),
  });
  for (const [i, { path, key }] of toBuild.entries()) yield { path, key, data: scripts[i] as string };
}

/**
 * The indexed text of every lesson page, read lazily a locale at a time: fresh pages give theirs; the others come
 * from the record's side piece of their locale, each checked against the hash its page keeps (one that does not
 * match is rendered again). A locale's side piece is replaced when one of its texts changed, or was rendered again.
 */
export function lessonTexts(
  lessons: readonly LessonPagePlan[],
  meta: ReadonlyMap<LessonPagePlan, LessonMeta>,
  fresh: ReadonlyMap<string, string>,
  previous: PreviousOutput | undefined,
  source: string,
  lookups: ReturnType<typeof linkWorld>,
): LessonTexts {
  const loaded = new Map<string, Promise<Map<string, string>>>();
  const renderedAgain = new Set<string>();
  const load = async (locale: string) => {
    const kept = (previous?.side(textsSide(locale)) ?? {}) as Record<string, string>;
    const out = new Map<string, string>();
    for (const p of lessons) {
      if (p.locale !== locale) continue;
      const made = fresh.get(p.path);
      const text = kept[p.path];
      if (made !== undefined) out.set(p.path, made);
      else if (text !== undefined && hashOf(text) === meta.get(p)?.textHash) out.set(p.path, text);
      else {
        out.set(p.path, renderLesson(lessonJob(p.lesson, p.locale, source, p.path), lookups).text);
        renderedAgain.add(locale);
      }
    }
    return out;
  };
  const of = (locale: string) => {
    let texts = loaded.get(locale);
    if (!texts) {
      texts = load(locale);
      loaded.set(locale, texts);
    }
    return texts;
  };
  return {
    of,
    async toKeep(changed) {
      await Promise.all(loaded.values());
      return [...new Set([...changed, ...renderedAgain])].sort();
    },
  };
}
