import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownLimits, scanMarkdown } from '../../src/load/markdown.js';
import { markdownTokens } from '../../src/load/markdown-dialect.js';

// The reference: the document parsed whole as the renderer parses it, every link and image destination written in it
// (autolinked addresses are not), in document order.
function allLinks(body: string): string[] {
  const urls: string[] = [];
  for (const token of markdownTokens(body)) {
    for (const child of token.children ?? []) {
      if (child.type === 'image') urls.push(`image ${child.attrGet('src')}`);
      if (child.type === 'link_open' && child.markup !== 'linkify')
        urls.push(`link ${child.attrGet('href')}`);
    }
  }
  return urls;
}
const scanned = (body: string) =>
  (scanMarkdown(body, 'x.md', 1).links ?? []).map((l) => `${l.kind} ${l.url}`);
const scannedWhole = (body: string) => {
  const result = scanMarkdown(body, 'x.md', 1, { tokens: true });
  expect(result.tokens).toBeDefined();
  return (result.links ?? []).map((l) => `${l.kind} ${l.url}`);
};

describe('scanMarkdown finds the links a full parse finds', () => {
  const lessonsDir = path.resolve('curriculum/lessons');
  const bodies = readdirSync(lessonsDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(path.join(lessonsDir, f), 'utf8'));

  it('on every lesson of the bundled framework', () => {
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) {
      expect(scanned(body)).toEqual(allLinks(body));
      expect(scannedWhole(body)).toEqual(allLinks(body));
    }
  });

  it.each([
    'plain text only\n\nand *more* text',
    'a [link](../a.md) and ![img](x.png "t") and <https://x.vn> and <a@b.vn>',
    '[ref] and [text][ref] and [ref][]\n\n[ref]: https://example.org "T"',
    '| a | b |\n|---|---|\n| [x](y.md) | plain |\n| plain | <https://z.vn> |',
    '> quote with [a](b.md)\n\n- item ![i](j.png)\n  - nested [k](l.md)',
    '[![badge](b.svg)](https://x.vn)',
    'escaped \\[not](a link) and `[code](x)` and [real](y.md)',
    'https://x.vn and www.y.vn and a@b.vn are addresses, [this](z.md) is a link',
    '~~[struck](a.md)~~ and <b>[in raw inline html](b.md)</b>',
  ])('on %j', (body) => {
    expect(scanned(body)).toEqual(allLinks(body));
    expect(scannedWhole(body)).toEqual(allLinks(body));
  });

  it('leaves links inside a raw HTML block alone: they are not rendered either', () => {
    const body = '<div>\n[hidden](missing.md)\n</div>\n\n[shown](here.md)';
    expect(scanned(body)).toEqual(['link here.md']);
    expect(scannedWhole(body)).toEqual(['link here.md']);
  });
});

describe('scanMarkdown limits', () => {
  const nested = (depth: number) => `${'> '.repeat(depth)}deep`;
  const table = (columns: number) => `${'| a '.repeat(columns)}|\n${'|---'.repeat(columns)}|`;
  it('parses a body at the limits and refuses one past them', () => {
    expect(scanMarkdown(nested(markdownLimits.maxNesting), 'x.md', 1).links).toBeDefined();
    expect(scanMarkdown(nested(markdownLimits.maxNesting + 1), 'x.md', 1).diagnostics[0]?.message).toMatch(
      /nests 65 quotes or lists deep/,
    );
    expect(scanMarkdown(table(markdownLimits.maxTableColumns), 'x.md', 1).links).toBeDefined();
    expect(
      scanMarkdown(table(markdownLimits.maxTableColumns + 1), 'x.md', 1).diagnostics[0]?.message,
    ).toMatch(/Table has 101 columns/);
    expect(scanMarkdown(`x${'*x'.repeat(markdownLimits.maxEmphasisMarks)}`, 'x.md', 1).links).toBeDefined();
    expect(
      scanMarkdown(`x${'*x'.repeat(markdownLimits.maxEmphasisMarks + 1)}`, 'x.md', 1).diagnostics[0]?.message,
    ).toMatch(/5001 emphasis or bracket marks/);
    // The three marks count together: 1,667 of each is one over the limit.
    expect(scanMarkdown(`x${'*x_x[x'.repeat(1667)}`, 'x.md', 1).diagnostics[0]?.message).toMatch(
      /5001 emphasis or bracket marks/,
    );
  });
});
