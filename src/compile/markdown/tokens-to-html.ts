import GithubSlugger from 'github-slugger';
import type Token from 'markdown-it/lib/token.mjs';

// markdown-it's token stream written straight to sanitised HTML, in one pass. It gives what unified's pipeline
// (remark-parse + GFM + remark-rehype + rehype-sanitize with GitHub's schema + rehype-stringify) gives for the same
// Markdown, byte for byte up to blank lines: tests/compile/markdown-parity.test.ts holds it to that pipeline on every
// lesson of the bundled framework, hostile input and seeded random documents. It is safe by construction: raw HTML
// tokens are dropped whole, only the elements listed here are written, every attribute is escaped, and a link or
// image URL whose scheme is not allowed loses its attribute (as rehype-sanitize decides it). Building, sanitising
// and serialising a hast tree per lesson cost three times the parse; at 8,000 lessons that was most of a build.

/** URL schemes a link (`href`) or an image (`src`) may use; relative URLs are always allowed. */
export const allowedProtocols = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
} as const;

export interface WriteOptions {
  /** Rewrites a link or image URL (after the scheme check); return undefined to drop the attribute. */
  rewriteUrl?(url: string, kind: 'link' | 'image'): string | undefined;
  /** Adds ids to headings (github-slugger, diacritics kept). */
  headingIds?: boolean;
  /**
   * Leaves each allowed link and image URL for later: its attribute is written as a slot (`\0n\0`) that fillUrls
   * fills, so a body written once serves pages that rewrite its links differently.
   */
  deferUrls?: boolean;
  /** Also gives the first this many characters of the text, a space for each tag, whitespace collapsed (search). */
  excerpt?: number;
}

/** A URL left in a slot by `deferUrls`: whether a link or an image wrote it, and the URL as written. */
export type DeferredUrl = [kind: 'link' | 'image', url: string];

/** What a document wrote: its HTML and its text (whitespace not yet collapsed). */
export interface Written {
  html: string;
  /** The text nodes, in order. */
  text: string;
  /** With `excerpt`: the start of the HTML's text as a reader of the page gets it (see WriteOptions). */
  excerpt?: string;
  /** With `deferUrls`: the URL of each slot, in slot order. */
  urls?: DeferredUrl[];
}

interface Open {
  tag: string;
  hasChildren: boolean;
  hasBlockChild: boolean;
}

const containers = new Set(['ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tr']);
const blocks = new Set([
  'p',
  'ul',
  'ol',
  'pre',
  'blockquote',
  'table',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// GFM: `[ ]` or `[x]` then a space, tab or line ending (content must follow, which a paragraph guarantees).
const taskMark = /^\[([ xX])\][ \t\n]/;

/** Writes block tokens (with their inline children) as sanitised HTML. */
export function tokensToHtml(tokens: readonly Token[], options: WriteOptions = {}): Written {
  return new HtmlWriter(tokens, options).write();
}

class HtmlWriter {
  private out = '';
  private text = '';
  /** How much markup and text is written (a block with any holds children). */
  private written = 0;
  private readonly excerpt: Excerpt | undefined;
  private readonly stack: Open[] = [{ tag: '', hasChildren: false, hasBlockChild: false }];
  private readonly tasks: Map<number, boolean>;
  private readonly taskLists: Set<number>;
  private slugger: GithubSlugger | undefined;
  /** While a heading is open: its output so far (its id needs its text) and that text. */
  private heading: { before: string; text: string } | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly options: WriteOptions,
  ) {
    ({ tasks: this.tasks, lists: this.taskLists } = findTasks(tokens));
    if (options.excerpt !== undefined) this.excerpt = new Excerpt(options.excerpt);
  }

  private readonly urls: DeferredUrl[] = [];

  write(): Written {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.hidden) continue; // the paragraphs of a tight list: their inline content goes in the item
      if (token.nesting === 1) {
        this.openBlock(token, i);
      } else if (token.nesting === -1) {
        this.closeBlock();
      } else if (token.type === 'inline') {
        this.inline(token.children ?? [], this.tasks.get(i));
      } else if (token.type === 'fence' || token.type === 'code_block') {
        const language = token.info.trim().split(/\s+/)[0];
        this.blockStart('pre');
        this.tag(language ? `<pre><code class="${attribute(`language-${language}`)}">` : '<pre><code>');
        this.characters(token.content);
        this.tag('</code></pre>');
      } else if (token.type === 'hr') {
        this.blockStart('hr');
        this.tag('<hr>');
      }
      // html_block: raw HTML is dropped whole, as remark-rehype does.
    }
    const written: Written = { html: this.out, text: this.text };
    if (this.excerpt) written.excerpt = this.excerpt.value();
    if (this.options.deferUrls) written.urls = this.urls;
    return written;
  }

  private openBlock(token: Token, index: number): void {
    const tag = token.tag;
    this.blockStart(tag);
    this.stack.push({ tag, hasChildren: false, hasBlockChild: false });
    if (headings.has(tag) && this.options.headingIds) {
      this.heading = { before: this.out, text: '' };
      this.out = '';
      this.written++;
      this.excerpt?.gap();
      return;
    }
    let attributes = blockAttributes(token);
    if (this.taskLists.has(index)) attributes += ' class="contains-task-list"';
    else if (tag === 'li' && this.tasks.has(index + 2)) attributes += ' class="task-list-item"';
    this.tag(`<${tag}${attributes}>`);
  }

  private closeBlock(): void {
    const closed = this.stack.pop() as Open;
    if (closed.hasChildren && (containers.has(closed.tag) || (closed.tag === 'li' && closed.hasBlockChild)))
      this.characters('\n');
    if (this.heading && headings.has(closed.tag)) {
      this.slugger ??= new GithubSlugger();
      const id = this.slugger.slug(this.heading.text.normalize('NFC'));
      this.out = `${this.heading.before}<${closed.tag} id="${attribute(id)}">${this.out}`;
      this.heading = undefined;
    }
    this.tag(`</${closed.tag}>`);
  }

  // Blocks sit on lines of their own, as remark-rehype lays them out (whitespace only, but it keeps diffs readable).
  private blockStart(tag: string): void {
    const parent = this.stack[this.stack.length - 1] as Open;
    if (parent.hasChildren || containers.has(parent.tag) || parent.tag === 'li') this.characters('\n');
    parent.hasChildren = true;
    if (blocks.has(tag)) parent.hasBlockChild = true;
  }

  private inline(tokens: readonly Token[], task: boolean | undefined): void {
    const parent = this.stack[this.stack.length - 1] as Open;
    const before = this.written;
    const open: string[] = [];
    // Text runs are gathered first: the marker of a task item may span several tokens.
    let run = '';
    let first = true;
    const flush = () => {
      if (run === '') return;
      if (first && task !== undefined) {
        this.tag(task ? '<input type="checkbox" checked disabled>' : '<input type="checkbox" disabled>');
        run = ` ${run.slice(4)}`; // `[ ]` and the space after it (or the line break that follows)
      }
      first = false;
      this.characters(run);
      run = '';
    };
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
        case 'text_special':
          run += token.content;
          continue;
        case 'softbreak':
          run += '\n';
          continue;
        case 'html_inline':
          continue; // raw HTML is dropped, the text between tags stays (as remark-rehype does)
      }
      flush();
      first = false;
      switch (token.type) {
        case 'hardbreak':
          this.tag('<br>');
          this.characters('\n');
          break;
        case 'code_inline':
          this.tag('<code>');
          this.characters(token.content);
          this.tag('</code>');
          break;
        case 'image': {
          let attributes = this.url(token.attrGet('src') ?? '', 'image');
          attributes += ` alt="${attribute(plainText(token.children ?? []))}"`;
          const title = token.attrGet('title');
          if (title) attributes += ` title="${attribute(title)}"`;
          this.tag(`<img${attributes}>`);
          break;
        }
        default:
          if (token.nesting === 1) {
            // GFM strikethrough is <del> on GitHub and in remark; markdown-it says <s>.
            const tag = token.tag === 's' ? 'del' : token.tag;
            open.push(tag);
            this.tag(`<${tag}${tag === 'a' ? this.linkAttributes(token) : ''}>`);
          } else if (token.nesting === -1 && open.length > 0) {
            this.tag(`</${open.pop()}>`);
          }
      }
    }
    flush();
    while (open.length > 0) this.tag(`</${open.pop()}>`);
    if (this.written > before) parent.hasChildren = true;
  }

  private linkAttributes(token: Token): string {
    let attributes = '';
    for (const [name, value] of token.attrs ?? []) {
      if (name === 'href') attributes += this.url(value, 'link');
      else if (name === 'title') attributes += ` title="${attribute(value)}"`;
    }
    return attributes;
  }

  private url(url: string, kind: 'link' | 'image'): string {
    if (!safeProtocol(url, allowedProtocols[kind === 'link' ? 'href' : 'src'])) return '';
    if (!this.options.deferUrls) return urlAttribute(kind, url, this.options.rewriteUrl);
    this.urls.push([kind, url]);
    return `\0${this.urls.length - 1}\0`;
  }

  /** Writes markup (a tag stands for a space in the text). */
  private tag(html: string): void {
    this.out += html;
    this.written++;
    this.excerpt?.gap();
  }

  private characters(value: string): void {
    this.out += escapeText(value);
    this.text += value;
    this.written += value.length;
    this.excerpt?.add(value);
    if (this.heading) this.heading.text += value;
  }
}

/**
 * The start of a document's text as search reads its HTML: tags and whitespace are gaps, words are kept one space
 * apart, and nothing more is read once there is enough.
 */
class Excerpt {
  private words = '';
  private gapped = false;
  private readonly word = /\S+/g;

  constructor(private readonly chars: number) {}

  gap(): void {
    this.gapped = true;
  }

  add(text: string): void {
    const word = this.word;
    let from = 0;
    while (this.words.length <= this.chars) {
      word.lastIndex = from;
      const found = word.exec(text);
      if (!found) {
        if (from < text.length) this.gapped = true; // trailing whitespace
        return;
      }
      if (found.index > from) this.gapped = true;
      this.words += this.gapped && this.words !== '' ? ` ${found[0]}` : found[0];
      this.gapped = false;
      from = found.index + found[0].length;
    }
  }

  value(): string {
    return this.words.slice(0, this.chars);
  }
}

/** A text's first `chars` characters with its whitespace collapsed (its words one space apart): what Excerpt gives. */
export function excerptOf(text: string, chars: number): string {
  const excerpt = new Excerpt(chars);
  excerpt.add(text);
  return excerpt.value();
}

/** HTML written with `deferUrls`, its slots filled as the writer would have written them with `rewriteUrl`. */
export function fillUrls(
  html: string,
  urls: readonly DeferredUrl[],
  rewriteUrl?: WriteOptions['rewriteUrl'],
): string {
  return html.replace(/\0(\d+)\0/g, (_, n: string) => {
    const [kind, url] = urls[Number(n)] as DeferredUrl;
    return urlAttribute(kind, url, rewriteUrl);
  });
}

// A link's href or an image's src, its scheme already checked: rewritten, or dropped when the rewrite says so.
function urlAttribute(kind: 'link' | 'image', url: string, rewriteUrl: WriteOptions['rewriteUrl']): string {
  const rewritten = rewriteUrl ? rewriteUrl(url, kind) : url;
  return rewritten === undefined ? '' : ` ${kind === 'link' ? 'href' : 'src'}="${attribute(rewritten)}"`;
}

function blockAttributes(token: Token): string {
  let attributes = '';
  for (const [name, value] of token.attrs ?? []) {
    if (name === 'style') {
      const align = /^text-align:(left|center|right)$/.exec(value)?.[1];
      if (align) attributes += ` align="${align}"`; // GFM table alignment, as remark-rehype writes it
    } else if (name === 'start') {
      attributes += ` start="${Number(value)}"`;
    }
  }
  return attributes;
}

/**
 * The list items that are GFM tasks (by the index of the inline token that starts with the marker: true when
 * checked) and the lists that hold one. An item is a task when its first content is a paragraph whose text starts
 * `[ ]` or `[x]` and a space, as on GitHub.
 */
function findTasks(tokens: readonly Token[]): { tasks: Map<number, boolean>; lists: Set<number> } {
  const tasks = new Map<number, boolean>();
  const lists = new Set<number>();
  const openLists: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') openLists.push(i);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') openLists.pop();
    else if (token.type === 'list_item_open' && tokens[i + 1]?.type === 'paragraph_open') {
      const inline = tokens[i + 2];
      // The marker is read in the source (`\\[ ]` and `&#91; ]` are no markers) and must open the first text.
      const mark = inline?.type === 'inline' ? taskMark.exec(inline.content) : null;
      if (!mark || !leadingText(inline?.children ?? []).startsWith(mark[0].slice(0, 3))) continue;
      tasks.set(i + 2, mark[1] !== ' ');
      lists.add(openLists[openLists.length - 1] as number);
    }
  }
  return { tasks, lists };
}

/** The text an inline run starts with, up to its first element (dropped raw HTML does not end it). */
function leadingText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text') text += token.content;
    else if (token.type === 'softbreak') text += '\n';
    else if (token.type !== 'html_inline') break;
  }
  return text;
}

function plainText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.children ? plainText(t.children) : t.content)).join('');
}

/** As rehype-sanitize decides: a URL with no scheme before its first `/`, `?` or `#` is relative. */
function safeProtocol(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const stop of ['/', '?', '#']) {
    const at = url.indexOf(stop);
    if (at > -1 && colon > at) return true;
  }
  return protocols.some((p) => colon === p.length && url.startsWith(p));
}

// Character references as hast-util-to-html writes them: `<` and `&` in text; `"`, `&`, `'` and backtick in
// double-quoted attribute values (NUL never reaches here: markdown-it replaces it).
const hex = (c: string) => `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`;

function escapeText(value: string): string {
  return /[<&]/.test(value) ? value.replace(/[<&]/g, hex) : value;
}

function attribute(value: string): string {
  return /["&'`]/.test(value) ? value.replace(/["&'`]/g, hex) : value;
}
