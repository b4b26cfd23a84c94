import { resolveLink } from '../../../model/links.js';
import { relativeUrl, sitePaths } from './site-paths.js';

/** What link rewriting needs to know about the framework: its files, and which lesson each Markdown file holds. */
export interface LinkWorld {
  files: ReadonlySet<string>;
  /** Lesson file (source or translation) -> the lesson's id and, for a translation, its locale. */
  lessonFiles: ReadonlyMap<string, { id: string; locale?: string }>;
}

/**
 * Rewrites a URL written in `sourceFile` for the page at `pagePath` (locale `pageLocale`): a link to a lesson's
 * file becomes its page (a translation's page in that translation's locale), any other file its copy under the
 * site root, anchors and web links stay. Anything unsafe or missing is dropped (validation reported it already).
 */
export function rewriteLink(
  world: LinkWorld,
  sourceFile: string,
  pagePath: string,
  pageLocale: string,
  url: string,
): string | undefined {
  const resolved = resolveLink(sourceFile, url, world.files);
  switch (resolved.kind) {
    case 'external':
    case 'anchor':
      return url;
    case 'file': {
      const lesson = world.lessonFiles.get(resolved.target);
      const target = lesson ? sitePaths.lesson(lesson.locale ?? pageLocale, lesson.id) : resolved.target; // a linked file is copied to the same path below the site root
      return relativeUrl(pagePath, target) + resolved.hash;
    }
    default:
      return undefined;
  }
}

/** The files a set of links names that are not lessons: they are copied into the site. */
export function linkedFiles(world: LinkWorld, sourceFile: string, urls: readonly string[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    const resolved = resolveLink(sourceFile, url, world.files);
    if (resolved.kind === 'file' && !world.lessonFiles.has(resolved.target)) out.push(resolved.target);
  }
  return out;
}
