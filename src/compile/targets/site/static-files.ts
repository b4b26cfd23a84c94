import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Artifact } from '../../target.js';
import type { SiteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';
import type { SiteTemplates } from './templates.js';

const require = createRequire(import.meta.url);

/** The site's own scripts and styles (overridable from the theme), the quiz engine and MiniSearch's browser build. */
export function staticArtifacts(templates: SiteTemplates): Artifact[] {
  const own = ['site.css', 'site.js', 'search.js', 'fold.js', 'icon.svg'].map((name) => ({
    path: sitePaths.static(name),
    data: templates.readStatic(name),
  }));
  const quizDir = new URL('../../../../templates/quiz/', import.meta.url);
  return [
    ...own,
    { path: sitePaths.static('quiz.js'), data: readFileSync(new URL('quiz.js', quizDir)) },
    { path: sitePaths.static('quiz.css'), data: readFileSync(new URL('quiz.css', quizDir)) },
    {
      path: sitePaths.static('minisearch.js'),
      data: readFileSync(new URL('../umd/index.js', pathToFileURL(require.resolve('minisearch')))),
    },
  ];
}

/** The web app manifest: installable, opens on the language chooser, everything on this origin. */
export function manifestArtifact(model: SiteModel): Artifact {
  const { manifest } = model.framework;
  const data = {
    name: model.text(manifest.title, model.source),
    short_name: model.text(manifest.title, model.source).slice(0, 24),
    lang: model.source,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [{ src: 'static/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return { path: 'manifest.webmanifest', data: `${JSON.stringify(data, null, 2)}\n` };
}

/**
 * The service worker, versioned by a hash of the whole build (a new build replaces the old cache) and
 * precaching the shell: static files, every locale's home and search with its index.
 */
export function serviceWorkerArtifact(
  templates: SiteTemplates,
  model: SiteModel,
  version: string,
  statics: Artifact[],
): Artifact {
  const shell = [
    './',
    ...statics.map((a) => a.path),
    ...model.locales.flatMap((l) => [sitePaths.home(l), sitePaths.search(l), sitePaths.searchIndex(l)]),
  ];
  const source = templates
    .readStatic('sw.js')
    .toString('utf8')
    .replace('__VERSION__', version)
    .replace('__SHELL__', JSON.stringify(shell));
  return { path: 'sw.js', data: source };
}
