import { createHash } from 'node:crypto';
import path from 'node:path';
import { lessonVersion } from '../../../model/text.js';
import type { Artifact, CompileContext, Target } from '../../target.js';
import { linkedFiles } from './link-rewrite.js';
import {
  competencyPage,
  homePage,
  languagesPage,
  type Page,
  rolePage,
  searchPage,
} from './pages-framework.js';
import { lessonPage, quizCells, quizPage } from './pages-learning.js';
import { linkWorld } from './render-one.js';
import { linkWorldOf, renderSite } from './render-plan.js';
import { indexedText, searchDocs, searchIndexScripts } from './search-index.js';
import { cell, siteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';
import { manifestArtifact, serviceWorkerArtifact, staticArtifacts } from './static-files.js';
import { loadTemplates } from './templates.js';

/** Options of `curriculum build site`. */
export interface SiteOptions {
  /** The framework root (its `theme/` folder overrides templates). */
  root: string;
  /** `--templates DIR`: overrides both the theme and the built-in templates. */
  templates?: string;
  /** Where the render cache lives, or false for none. */
  cacheDir: string | false;
  /** Called with how many lessons and questions rendered fresh, of how many. */
  onRendered?(fresh: number, total: number): void;
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
    const rendered = await renderSite(model, world, lookups, options.root, options.cacheDir);
    options.onRendered?.(rendered.fresh, rendered.total);
    const version = createHash('sha1');
    const emit = (artifact: Artifact): Artifact => {
      version.update(artifact.path).update('\0').update(artifact.data);
      return artifact;
    };
    const page = (p: Page): Artifact => emit({ path: p.path, data: p.html });
    const statics = staticArtifacts(templates);
    for (const a of statics) yield emit(a);
    yield emit(manifestArtifact(model));
    for (const file of copiedFiles(model, lookups))
      yield emit({ path: file, data: await context.readFile(file) });
    yield page(languagesPage(model, templates));
    const indexes = searchIndexScripts(
      model.locales.map((locale) =>
        searchDocs(model, locale, (id) => indexedText(rendered.lessons.get(`${locale}\0${id}`) ?? '')),
      ),
    );
    // Awaited below; a page that fails first must not leave this rejection unhandled.
    indexes.catch(() => undefined);
    for (const [i, locale] of model.locales.entries()) {
      yield page(homePage(model, templates, locale));
      yield page(searchPage(model, templates, locale));
      for (const role of model.look.role.values()) yield page(rolePage(model, templates, locale, role));
      for (const c of model.competencies) yield page(competencyPage(model, templates, locale, c));
      for (const lesson of model.look.lesson.values()) {
        const html = rendered.lessons.get(`${locale}\0${lesson.id}`) ?? '';
        yield page(lessonPage(model, templates, locale, lesson, html));
      }
      for (const { competency, level } of quizCells(model)) {
        const json = (model.questions.get(cell(competency, level)) ?? []).map(
          (q) => rendered.questions.get(`${locale}\0${q.id}`) ?? 'null',
        );
        yield page(quizPage(model, templates, locale, competency, level, json));
      }
      yield emit({ path: sitePaths.searchIndex(locale), data: (await indexes)[i] as string });
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
