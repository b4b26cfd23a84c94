import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface RenderOptions {
  /** Rewrites a link or image URL (after sanitising); return undefined to drop the attribute. */
  rewriteUrl?(url: string, kind: 'link' | 'image'): string | undefined;
  /** Adds ids to headings (github-slugger, diacritics kept). */
  headingIds?: boolean;
}

// Sanitising runs first, trusted plugins after; raw HTML is never let through (allowDangerousHtml is off).
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema);
const stringify = unified().use(rehypeStringify);

/** Markdown (CommonMark + GFM) to sanitised HTML: no script, no event handlers, no javascript: URLs. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  if (isPlainText(markdown)) return `<p>${markdown}</p>`;
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node: Element) => {
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
