import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { XmlElement } from '../xml.js';

// The XHTML subset that QTI 2.1 and 3.0 both allow in item bodies, with the attributes kept on each.
const common = ['id', 'class'];
const allowed: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ...Object.fromEntries(
    'abbr b blockquote br caption cite code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i kbd li ol p pre q samp small span strong sub sup table tbody tfoot thead tr ul var'
      .split(' ')
      .map((name) => [name, []]),
  ),
};
// What GFM emits beyond that subset, and what stands in for it; anything else is unwrapped to its children.
const renamed: Record<string, string> = { del: 'span', section: 'div' };
const dropped = new Set(['input']);
const ncName = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

/** Appends sanitised HTML (from renderMarkdown) under `parent` as QTI-safe XHTML elements in the parent's namespace. */
export function appendHtml(parent: XmlElement, html: string): void {
  // A paragraph of plain text (renderMarkdown's common case) needs no HTML parser.
  const plain = /^<p>([^<&]*)<\/p>$/.exec(html);
  if (plain) {
    parent.ele('p').txt(plain[1]!);
    return;
  }
  for (const child of fromHtml(html, { fragment: true }).children) append(parent, child as ElementContent);
}

function append(parent: XmlElement, node: ElementContent): void {
  if (node.type === 'text') {
    if (node.value !== '') parent.txt(node.value);
    return;
  }
  if (node.type !== 'element' || dropped.has(node.tagName)) return;
  const name = renamed[node.tagName] ?? node.tagName;
  const keep = allowed[name];
  if (!keep) {
    for (const child of node.children) append(parent, child);
    return;
  }
  const element = parent.ele(name, attributes(node, keep));
  for (const child of node.children) append(element, child);
}

function attributes(node: Element, keep: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...common, ...keep]) {
    const value = node.properties[name === 'class' ? 'className' : name];
    if (value === undefined || value === null || value === false) continue;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (name === 'id' && !ncName.test(text)) continue;
    out[name] = text;
  }
  if (node.tagName === 'img' && out.alt === undefined) out.alt = '';
  return out;
}
