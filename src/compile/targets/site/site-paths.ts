import path from 'node:path/posix';

/** Where each kind of page lives in the site, relative to its root. Every locale has its own tree under its code. */
export const sitePaths = {
  languages: () => 'index.html',
  home: (locale: string) => `${locale}/index.html`,
  role: (locale: string, id: string) => `${locale}/roles/${id}.html`,
  competency: (locale: string, id: string) => `${locale}/competencies/${id}.html`,
  lesson: (locale: string, id: string) => `${locale}/lessons/${id}.html`,
  quiz: (locale: string, competency: string, level: string) => `${locale}/quiz/${competency}/${level}.html`,
  search: (locale: string) => `${locale}/search.html`,
  searchIndex: (locale: string) => `${locale}/search-index.js`,
  static: (name: string) => `static/${name}`,
};

/** The relative URL from the page at `from` to the site path `to` (both relative to the site root). */
export function relativeUrl(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to);
  return encodePath(rel === '' ? path.basename(to) : rel);
}

/** The prefix that leads from the page at `from` back to the site root (`''`, `../`, `../../`). */
export function rootPrefix(from: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth);
}

/** Percent-encodes each segment of a relative path, keeping `/`, `../` and a `#fragment` as they are. */
export function encodePath(p: string): string {
  const hashAt = p.indexOf('#');
  const pathPart = hashAt === -1 ? p : p.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : p.slice(hashAt);
  const encoded = pathPart
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
  return encoded + hash;
}
