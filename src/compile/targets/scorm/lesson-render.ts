import { renderMarkdown } from '../../markdown/render.js';
import { type CompressedEntry, compressEntry } from '../../zip/compressed-entry.js';
import { packageUrl } from './package-links.js';
import { type LessonView, lessonPage } from './templates.js';

/** What rendering needs of the framework, sent once to each worker. */
export interface RenderEnv {
  files: string[];
  /** Lesson file -> lesson id, for every version of every lesson. */
  lessonFiles: [string, string][];
}

/** One lesson page to render: its Markdown, where it was written, and the rest of the page's view. */
export interface LessonJob {
  id: string;
  file: string;
  markdown: string;
  view: Omit<LessonView, 'body' | 'bodyHasTitle'>;
}

/** A rendered, compressed page; `files` are framework files it shows, `remote` the remote images dropped. */
export interface LessonResult {
  entry: CompressedEntry;
  files: string[];
  remote: string[];
}

/** A page renderer over one framework (a Set and Map built once per worker). */
export function lessonRenderer(env: RenderEnv): (job: LessonJob) => LessonResult {
  const files = new Set(env.files);
  const lessonByFile = new Map(env.lessonFiles);
  return (job) => {
    const shown = new Set<string>();
    const remote: string[] = [];
    const links = {
      files,
      lessonOf: (file: string) => lessonByFile.get(file),
      selfId: job.id,
      remote: (url: string) => remote.push(url),
      shown: (file: string) => shown.add(file),
    };
    const body = renderMarkdown(job.markdown, {
      headingIds: true,
      rewriteUrl: (url, kind) => packageUrl(links, job.file, url, kind),
    });
    const html = lessonPage({ ...job.view, body, bodyHasTitle: /^<h1[\s>]/.test(body.trimStart()) });
    return { entry: compressEntry(html), files: [...shown].sort(), remote };
  };
}
