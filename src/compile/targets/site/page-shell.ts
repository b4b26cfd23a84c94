import { languageName, siteLabels } from './labels.js';
import type { SiteModel } from './site-model.js';
import { relativeUrl, rootPrefix, sitePaths } from './site-paths.js';

/** A link in the breadcrumb trail. */
export interface Crumb {
  text: string;
  url: string;
}

/**
 * What the layout needs around every page's body (the interface strings of its language join it when the page is
 * laid out: they follow from `lang`, and a page's key need not carry them).
 */
export interface ShellContext {
  kind: string;
  lang: string;
  title: string;
  siteTitle: string;
  version: string;
  frameworkId: string;
  base: string;
  homeUrl: string;
  searchUrl: string;
  languages: { code: string; name: string; url: string; current: boolean }[];
  breadcrumbs?: Crumb[];
  scripts?: string[];
  quiz?: boolean;
}

/**
 * The layout context of the page at `pagePath` in `locale`: relative links home, to search, and to the same
 * page in every other locale (the language switcher).
 */
export function pageShell(
  model: SiteModel,
  locale: string,
  pagePath: string,
  kind: string,
  title: string,
  breadcrumbs?: Crumb[],
): ShellContext {
  const { manifest } = model.framework;
  const inLocale = pagePath.slice(locale.length + 1);
  return {
    kind,
    lang: locale,
    title,
    siteTitle: model.text(manifest.title, locale),
    version: manifest.version,
    frameworkId: manifest.id,
    base: rootPrefix(pagePath),
    homeUrl: relativeUrl(pagePath, sitePaths.home(locale)),
    searchUrl: relativeUrl(pagePath, sitePaths.search(locale)),
    languages: model.locales.map((code) => ({
      code,
      name: languageName(code),
      url: relativeUrl(pagePath, kind === 'languages' ? sitePaths.home(code) : `${code}/${inLocale}`),
      current: code === locale,
    })),
    ...(breadcrumbs ? { breadcrumbs } : {}),
  };
}

/** The breadcrumb to the locale's home page. */
export function homeCrumb(locale: string, pagePath: string): Crumb {
  return { text: siteLabels(locale).home, url: relativeUrl(pagePath, sitePaths.home(locale)) };
}
