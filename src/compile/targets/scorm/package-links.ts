import { resolveLink } from '../../../model/links.js';

/** What a page of a package does with the links it writes: which lesson a file is, and what it learns. */
export interface PackageLinks {
  files: ReadonlySet<string>;
  /** The lesson id of a lesson file (source or translation). */
  lessonOf(file: string): string | undefined;
  /** The lesson whose page this is: a link to its own anchors stays. */
  selfId?: string;
  /** A remote image, dropped: a package must work offline. */
  remote(url: string): void;
  /** A framework file the page shows: copied under `files/`. */
  shown(file: string): void;
}

/**
 * Where a link written in `sourceFile` points in a package page (lesson or assessment alike): anchors and web links
 * stay; a remote image is dropped and reported; a lesson is another SCO, so a link to it is dropped (opening it
 * inside this one would report to the wrong activity); any other framework file is copied under `files/`.
 */
export function packageUrl(
  links: PackageLinks,
  sourceFile: string,
  url: string,
  kind: 'link' | 'image',
): string | undefined {
  const r = resolveLink(sourceFile, url, links.files);
  if (r.kind === 'anchor') return url;
  if (r.kind === 'external') {
    if (kind === 'link') return url;
    links.remote(url);
    return undefined;
  }
  if (r.kind !== 'file') return undefined;
  const lesson = links.lessonOf(r.target);
  if (lesson !== undefined) return lesson === links.selfId && r.hash ? r.hash : undefined;
  links.shown(r.target);
  return `../files/${r.target.split('/').map(encodeURIComponent).join('/')}${r.hash}`;
}
