import { markdownTokens } from '../../load/markdown-dialect.js';
import { tokensToHtml, type WriteOptions } from './tokens-to-html.js';

export type RenderOptions = WriteOptions;

/** Markdown (CommonMark + GFM tables) to sanitised HTML: no script, no event handlers, no javascript: URLs. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  if (isPlainText(markdown)) return `<p>${markdown}</p>`;
  return tokensToHtml(markdownTokens(markdown), options).html;
}

/** renderMarkdown with the text it wrote: its HTML, and that HTML's text with a space for each tag (for search). */
export function renderMarkdownAndText(
  markdown: string,
  options: RenderOptions = {},
): { html: string; tagSpacedText: string } {
  if (isPlainText(markdown)) return { html: `<p>${markdown}</p>`, tagSpacedText: ` ${markdown} ` };
  return tokensToHtml(markdownTokens(markdown), options);
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
