import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

// The format's Markdown, parsed one way for checking and rendering alike: CommonMark + GFM tables (the contract), with
// strikethrough, task lists and web/mail autolinks as on GitHub. Raw HTML is read as HTML (and dropped when written),
// so a link inside an HTML block is neither rendered nor checked. markdown-it parses it about 25x faster than
// micromark, which is what lets 8,000 lessons be checked and rendered in seconds.
function markdownIt(linkify: boolean): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: true, linkify }).enable(['table', 'strikethrough']);
  if (linkify) md.enable('linkify').core.ruler.after('linkify', 'gfm_autolinks', keepGfmAutolinks);
  // Every destination is let through: the checker reports unsafe ones (javascript:) and the writer's scheme check
  // drops them (markdown-it would otherwise leave such a link as literal text, unseen by both).
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

// For links alone: autolinked addresses are web links with nothing to check, and inline content with neither a `[`
// (inline, reference, image) nor a `<` (autolink) holds no other kind, so it is not parsed (most of a lesson's
// paragraphs; reference definitions are gathered by the block pass).
const linksOnly = markdownIt(false);
linksOnly.core.ruler.at('inline', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'inline' && /[[<]/.test(token.content))
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? []);
  }
});

/** markdown-it's tokens for a document in the format's dialect. */
export function markdownTokens(doc: string): Token[] {
  const md = doc.includes('://') || doc.includes('@') || /www\./i.test(doc) ? withLinkify : withoutLinkify;
  return md.parse(doc, {});
}

/** Tokens enough to find a document's links and images (see writtenLink): other inline content is left unparsed. */
export function linkScanTokens(doc: string): Token[] {
  return linksOnly.parse(doc, {});
}

/** Whether an inline token is a link or image written in the document (an autolinked address is not). */
export function writtenLink(token: Token): 'link' | 'image' | undefined {
  if (token.type === 'image') return 'image';
  return token.type === 'link_open' && token.markup !== 'linkify' ? 'link' : undefined;
}
