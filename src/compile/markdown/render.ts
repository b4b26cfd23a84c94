import { markdownTokens } from '../../load/markdown-dialect.js';
import { excerptOf, tokensToHtml, type WriteOptions } from './tokens-to-html.js';

export type RenderOptions = WriteOptions;

/** Markdown (CommonMark + GFM tables) to sanitised HTML: no script, no event handlers, no javascript: URLs. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  if (isPlainText(markdown)) return `<p>${markdown}</p>`;
  return tokensToHtml(markdownTokens(markdown), options).html;
}

/** renderMarkdown with the start of the text it wrote, as search reads it (see WriteOptions.excerpt). */
export function renderMarkdownAndExcerpt(
  markdown: string,
  options: RenderOptions & { excerpt: number },
): { html: string; excerpt: string } {
  if (isPlainText(markdown))
    return { html: `<p>${markdown}</p>`, excerpt: excerptOf(markdown, options.excerpt) };
  const { html, excerpt = '' } = tokensToHtml(markdownTokens(markdown), options);
  return { html, excerpt };
}

/** renderMarkdown without the plain-text shortcut (tests hold both to the same bytes). */
export function renderThroughParser(markdown: string, options: RenderOptions = {}): string {
  return tokensToHtml(markdownTokens(markdown), options).html;
}

/** Markdown to plain text, for formats that take no HTML (GIFT, Aiken, CSV, search). */
export function markdownToText(markdown: string): string {
  if (isPlainText(markdown)) return markdown;
  return tokensToHtml(markdownTokens(markdown)).text.replace(/\s+/g, ' ').trim();
}

// Short plain text (most question stems, choices and feedback) renders as one paragraph of itself: letters,
// digits, spaces and punctuation that no Markdown or GFM construct starts with, nothing to escape, no list
// marker in front, no `www.` autolink. Skipping the pipeline for it keeps 20,000-question banks fast; the
// output is byte-identical (tests/site/render-fast-path.test.ts compares both).
const plain = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,.;:?!()%'"-]*$/u;

/** True for text that renders as one paragraph of itself, with no Markdown pass needed. */
export function isPlainText(markdown: string): boolean {
  return (
    markdown.length < 2000 &&
    plain.test(markdown) &&
    !/\s$|\s\s|www\./i.test(markdown) &&
    !/^\d+[.)](\s|$)/.test(markdown)
  );
}
