import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { tokensToHtml, type WriteOptions } from './tokens-to-html.js';

export type RenderOptions = WriteOptions;

// The format's Markdown is CommonMark + GFM tables; strikethrough, task lists and web/mail autolinks come along as
// on GitHub. Raw HTML is not part of the format and is dropped, as remark-rehype drops it without
// allowDangerousHtml (so no plain-text export carries a tag either). markdown-it parses the same dialect as the
// checker (load/markdown.ts) about 25x faster than micromark, which is what lets 8,000 lessons render in seconds.
function markdownIt(linkify: boolean): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: true, linkify }).enable(['table', 'strikethrough']);
  if (linkify) md.enable('linkify').core.ruler.after('linkify', 'gfm_autolinks', keepGfmAutolinks);
  // Every destination reaches the writer's scheme check, the one place that decides what is safe (markdown-it would
  // otherwise leave a `javascript:` link as literal text).
  md.validateLink = () => true;
  return md;
}

// GFM autolinks literal `http(s)://…`, `www.…` and e-mail addresses; linkify also finds bare domains (`c.vn`),
// `ftp://` and `//host`, which GitHub leaves as text: those links are unwrapped back into their text.
const gfmAutolink = /^(?:https?:\/\/|www\.)|^[^:/]+@/i;

function keepGfmAutolinks(state: { tokens: Token[] }): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (!children) continue;
    for (let i = 0; i + 2 < children.length; i++) {
      const open = children[i] as Token;
      if (open.type !== 'link_open' || open.markup !== 'linkify') continue;
      const label = children[i + 1] as Token;
      if (gfmAutolink.test(label.content)) continue;
      children.splice(i, 3, label);
    }
  }
}

// Autolinking scans every text run with a large pattern; text without `://`, `@` or `www.` has nothing for it to find.
const withLinkify = markdownIt(true);
const withoutLinkify = markdownIt(false);

/** markdown-it's tokens for a document in the format's dialect. */
export function markdownTokens(doc: string): Token[] {
  const md = doc.includes('://') || doc.includes('@') || /www\./i.test(doc) ? withLinkify : withoutLinkify;
  return md.parse(doc, {});
}

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
