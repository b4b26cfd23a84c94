import { resolveLink } from '../../../model/links.js';
import { isPlainText, markdownToText, renderMarkdown } from '../../markdown/render.js';

/** Maps a root-relative asset path to the URL a format uses for it (a package path, `@@PLUGINFILE@@/...`). */
export type AssetUrl = (target: string) => string;

/** HTML of one text and the root-relative assets its images name. */
export interface RenderedHtml {
  html: string;
  assets: readonly string[];
}

// XML 1.0 cannot carry C0 controls other than tab, LF and CR; no format wants them.
const forbidden = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]';
const controls = new RegExp(forbidden, 'g');
const hasControls = new RegExp(forbidden);

/** Removes characters that XML 1.0 forbids (NUL, the other C0 controls but tab/LF/CR, U+FFFE/U+FFFF). */
export const stripControls = (s: string): string => (hasControls.test(s) ? s.replace(controls, '') : s);

/**
 * Markdown of question text to sanitised HTML or plain text, memoised per run: the same stem appears in every
 * format, and the same choice text across many questions. Images are rewritten through `assetUrl`.
 */
export class TextRenderer {
  private readonly htmlCache = new Map<string, RenderedHtml>();
  private readonly textCache = new Map<string, string>();

  constructor(private readonly files: ReadonlySet<string>) {}

  /** Sanitised HTML; `file` is the question's file (image paths resolve against it), `mode` names `assetUrl`. */
  html(markdown: string, file: string, mode: string, assetUrl: AssetUrl): RenderedHtml {
    if (isPlainText(markdown)) return { html: `<p>${markdown}</p>`, assets: [] };
    const key = `${mode}\u0000${file}\u0000${markdown}`;
    const cached = this.htmlCache.get(key);
    if (cached) return cached;
    const assets: string[] = [];
    const html = renderMarkdown(stripControls(markdown), {
      rewriteUrl: (url, kind) => {
        const resolved = resolveLink(file, url, this.files);
        if (resolved.kind === 'external') return url;
        if (resolved.kind !== 'file' || kind === 'link') return undefined;
        assets.push(resolved.target);
        return assetUrl(resolved.target);
      },
    });
    const rendered = { html, assets: [...new Set(assets)].sort() };
    this.htmlCache.set(key, rendered);
    return rendered;
  }

  /** Plain text on one line (whitespace collapsed), for formats that take no HTML. */
  text(markdown: string): string {
    if (isPlainText(markdown)) return markdown;
    const cached = this.textCache.get(markdown);
    if (cached !== undefined) return cached;
    const text = stripControls(markdownToText(markdown));
    this.textCache.set(markdown, text);
    return text;
  }
}
