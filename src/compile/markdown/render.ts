import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { type Plugin, unified } from 'unified';
import { tokensToHast } from './tokens-to-hast.js';

export interface RenderOptions {
  /** Rewrites a link or image URL (after sanitising); return undefined to drop the attribute. */
  rewriteUrl?(url: string, kind: 'link' | 'image'): string | undefined;
  /** Adds ids to headings (github-slugger, diacritics kept). */
  headingIds?: boolean;
}

// The format's Markdown is CommonMark + GFM tables; strikethrough, task lists and web/mail autolinks come along as
// on GitHub. Raw HTML is not part of the format and is dropped, as remark-rehype drops it without
// allowDangerousHtml (so no plain-text export carries a tag either). markdown-it parses the same dialect as the
// checker (load/markdown.ts) about 25x faster than micromark, which is what lets 8,000 lessons render in seconds.
function markdownIt(linkify: boolean): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: true, linkify }).enable(['table', 'strikethrough']);
  if (linkify) md.enable('linkify').core.ruler.after('linkify', 'gfm_autolinks', keepGfmAutolinks);
  // Every destination reaches the sanitiser, the one place that decides what is safe (markdown-it would otherwise
  // leave a `javascript:` link as literal text).
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

// A unified parser that reads Markdown through markdown-it into hast; everything after it is rehype.
const markdownItParse: Plugin<[], string, HastRoot> = function () {
  this.parser = (doc) => {
    const md = doc.includes('://') || doc.includes('@') || /www\./i.test(doc) ? withLinkify : withoutLinkify;
    return tokensToHast(md.parse(doc, {}));
  };
};

// Sanitising runs first, trusted plugins after (heading ids, URL rewriting).
export const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

const processor = unified().use(markdownItParse).use(rehypeSanitize, sanitizeSchema);
const stringify = unified().use(rehypeStringify);

/** Markdown (CommonMark + GFM tables) to sanitised HTML: no script, no event handlers, no javascript: URLs. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  if (isPlainText(markdown)) return `<p>${markdown}</p>`;
  return renderThroughPipeline(markdown, options);
}

/** renderMarkdown without the plain-text shortcut (tests hold both to the same bytes). */
export function renderThroughPipeline(markdown: string, options: RenderOptions = {}): string {
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  const slugger = new GithubSlugger();
  eachElement(tree, (node: Element) => {
    if (options.headingIds && /^h[1-6]$/.test(node.tagName)) {
      node.properties.id = slugger.slug(textOf(node).normalize('NFC'));
    }
    if (options.rewriteUrl) {
      for (const [attribute, kind] of [
        ['href', 'link'],
        ['src', 'image'],
      ] as const) {
        const value = node.properties[attribute];
        if (typeof value !== 'string') continue;
        const rewritten = options.rewriteUrl(value, kind);
        if (rewritten === undefined) delete node.properties[attribute];
        else node.properties[attribute] = rewritten;
      }
    }
  });
  return String(stringify.stringify(tree));
}

// Every element in document order (what unist-util-visit's 'element' test gives, without its per-node closures,
// which cost more than the rest of the walk on 8,000 lessons).
function eachElement(
  parent: { children: HastRoot['children'] | Element['children'] },
  fn: (e: Element) => void,
): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    fn(child);
    eachElement(child, fn);
  }
}

/** Markdown to plain text, for formats that take no HTML (GIFT, Aiken, CSV, search). */
export function markdownToText(markdown: string): string {
  if (isPlainText(markdown)) return markdown;
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  return textOf(tree).replace(/\s+/g, ' ').trim();
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((c) => textOf(c as typeof node)).join(node.type === 'root' ? ' ' : '');
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
