import type Token from 'markdown-it/lib/token.mjs';
import { workerScript } from '../../../util/worker-script.js';
import { isPlainText } from '../../markdown/render.js';
import {
  type DeferredUrl,
  excerptOf,
  fillUrls,
  tokensToHtml,
  type WriteOptions,
} from '../../markdown/tokens-to-html.js';
import { indexedChars } from './search-text.js';

// A lesson page's body, written where the load parses the lesson (see load/prepared-bodies.ts): its HTML with heading
// ids and its URLs left in slots (each page that shows it fills them in for where it stands), and its search text.
// Kept as one text: the URLs as JSON, the HTML's length, the HTML, then the search text.

/** This module, for the load's parse workers to prepare lesson bodies with (see PrepareBodies). */
export const preparedBodyModule = workerScript('./prepared-body.js', import.meta.url).href;

/** A lesson body as lesson pages show it, but for its URLs, and the text search indexes it by. */
export interface PreparedBody {
  html: string;
  urls: DeferredUrl[];
  text: string;
}

/** The parse workers' preparer (a BodyPreparer): a lesson body written from its tokens. */
export function prepareBody(markdown: string, tokens: readonly Token[]): string {
  const written = isPlainText(markdown)
    ? { html: `<p>${markdown}</p>`, urls: [], excerpt: excerptOf(markdown, indexedChars) }
    : tokensToHtml(tokens, { headingIds: true, deferUrls: true, excerpt: indexedChars });
  const { html, urls = [], excerpt = '' } = written;
  return `${JSON.stringify(urls)}\n${html.length}\n${html}${excerpt}`;
}

/** A prepared body read back from its text. */
export function preparedBody(all: string): PreparedBody {
  const urlsEnd = all.indexOf('\n');
  const lengthEnd = all.indexOf('\n', urlsEnd + 1);
  const htmlEnd = lengthEnd + 1 + Number(all.slice(urlsEnd + 1, lengthEnd));
  return {
    urls: JSON.parse(all.slice(0, urlsEnd)) as DeferredUrl[],
    html: all.slice(lengthEnd + 1, htmlEnd),
    text: all.slice(htmlEnd),
  };
}

/**
 * A prepared body for one page: the HTML renderMarkdownAndExcerpt gives with heading ids and the same `rewriteUrl`
 * (tests/site/prepared-body.test.ts holds the two together), and its search text.
 */
export function finishBody(
  body: PreparedBody,
  rewriteUrl: WriteOptions['rewriteUrl'],
): { html: string; text: string } {
  return {
    html: body.urls.length === 0 ? body.html : fillUrls(body.html, body.urls, rewriteUrl),
    text: body.text,
  };
}
