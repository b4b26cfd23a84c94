import { markdownTokens } from '../../load/markdown-dialect.js';
import { isLatinLetterOrMark } from '../../util/latin-letters.js';
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
// output is byte-identical (tests/compile/render-fast-path.test.ts compares both).
const plain = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,.;:?!()%'"-]*$/u;

/** True for text that renders as one paragraph of itself, with no Markdown pass needed. */
export function isPlainText(markdown: string): boolean {
  const length = markdown.length;
  if (length === 0 || length >= 2000) return false;
  // One pass over the characters ASCII and the Latin letters Vietnamese is written in are known by; any other
  // leaves the question to the Unicode-property pattern (the pattern costs ten times the pass).
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const c = markdown.charCodeAt(i);
    const kind = c < 0x80 ? (asciiKinds[c] as number) : isLatinLetterOrMark(c) ? wordChar : unknownChar;
    if (kind === unknownChar) return matchesPlainPattern(markdown);
    if (kind === notPlain || (i === 0 && kind !== wordChar)) return false;
    if (c === 0x20 && previous === 0x20) return false; // two spaces
    previous = c;
  }
  return previous !== 0x20 && notLinkOrList(markdown);
}

function matchesPlainPattern(markdown: string): boolean {
  return plain.test(markdown) && !/\s$|\s\s/.test(markdown) && notLinkOrList(markdown);
}

function notLinkOrList(markdown: string): boolean {
  return !/www\./i.test(markdown) && !/^\d+[.)](\s|$)/.test(markdown);
}

const notPlain = 0;
const wordChar = 1;
const punctuationChar = 2;
const unknownChar = 3;

/** Each ASCII character's kind: a letter or digit, punctuation plain text may hold, or neither. */
const asciiKinds = (() => {
  const kinds = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9]/.test(ch)) kinds[c] = wordChar;
    else if (` ,.;:?!()%'"-`.includes(ch)) kinds[c] = punctuationChar;
  }
  return kinds;
})();
