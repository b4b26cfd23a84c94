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

/**
 * The relative URL from the page at `from` to the file at `to` (both normalised paths relative to the site root).
 * Worked out on the segments: path.relative resolves both against the working folder first, and a site asks this
 * some hundred thousand times.
 */
export function relativeUrl(from: string, to: string): string {
  // Into another top folder (another locale's tree): up to the root, then down (a page's own, each time).
  const top = from.indexOf('/');
  if (top !== -1 && !to.startsWith(from.slice(0, top + 1))) return rootPrefix(from) + encodePath(to);
  // Pages of one folder lead to the same places: what the folder's pages asked is remembered.
  const folder = from.slice(0, from.lastIndexOf('/') + 1);
  let known = relativeUrls.get(folder);
  if (!known) {
    if (relativeUrls.size > 1000) relativeUrls.clear();
    known = new Map();
    relativeUrls.set(folder, known);
  }
  let url = known.get(to);
  if (url === undefined) {
    if (known.size > 50_000) known.clear();
    url = relativeFrom(from, to);
    known.set(to, url);
  }
  return url;
}

const relativeUrls = new Map<string, Map<string, string>>();

function relativeFrom(from: string, to: string): string {
  const fromDirs = from.split('/');
  fromDirs.pop();
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common])
    common++;
  return encodePath('../'.repeat(fromDirs.length - common) + toParts.slice(common).join('/'));
}

/** The prefix that leads from the page at `from` back to the site root (`''`, `../`, `../../`). */
export function rootPrefix(from: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth);
}

/** Percent-encodes each segment of a relative path, keeping `/`, `../` and a `#fragment` as they are. */
export function encodePath(p: string): string {
  if (/^[\w./~-]*$/.test(p)) return p; // nothing to encode (most paths)
  const hashAt = p.indexOf('#');
  const pathPart = hashAt === -1 ? p : p.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : p.slice(hashAt);
  const encoded = pathPart
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
  return encoded + hash;
}
