import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdownAndExcerpt } from '../../src/compile/markdown/render.js';
import { finishBody, prepareBody, preparedBody } from '../../src/compile/targets/site/prepared-body.js';
import { indexedChars } from '../../src/compile/targets/site/search-text.js';
import { markdownTokens } from '../../src/load/markdown-dialect.js';

// A body prepared once where the load parses it, then finished per page, must be the body rendered for that page.
type Rewrite = (url: string, kind: 'link' | 'image') => string | undefined;
const rewrites: Record<string, Rewrite> = {
  'kept as written': (url) => url,
  'moved under a folder, with characters to escape': (url, kind) => `../${kind}/${url}?a="1"&b='2'`,
  'dropped for images, kept for links': (url, kind) => (kind === 'image' ? undefined : url),
  'all dropped': () => undefined,
};

const same = (markdown: string) => {
  const prepared = prepareBody(markdown, markdownTokens(markdown));
  for (const [name, rewriteUrl] of Object.entries(rewrites)) {
    const finished = finishBody(preparedBody(prepared), rewriteUrl);
    const direct = renderMarkdownAndExcerpt(markdown, {
      headingIds: true,
      rewriteUrl,
      excerpt: indexedChars,
    });
    expect(finished.html, `${name}: ${markdown}`).toBe(direct.html);
    expect(finished.text, `${name}: ${markdown}`).toBe(direct.excerpt);
  }
};

const lessonsDir = path.resolve('curriculum/lessons');
const lessons = readdirSync(lessonsDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('a prepared lesson body, finished for a page', () => {
  it('is the body rendered for that page, for every lesson of the bundled framework', () => {
    expect(lessons.length).toBeGreaterThan(100);
    for (const file of lessons)
      same(readFileSync(path.join(lessonsDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  });

  it.each([
    '',
    'Plain text only, short.',
    '# [a](x.md) heading\n\n## ![i](y.png) image\n\n## same\n\n## same',
    '[a](x.md "t") ![b](y.png \'u\') <https://z.vn> www.x.vn a@b.vn [c][r]\n\n[r]: ../r.md#Mục',
    'Chọn [a](javascript:alert(3)) ![d](javascript:x) [h](tel:1) ![k](http://x.vn/a.png)',
    '| [a](b.md) | ![c](d.png) |\n|---|---|\n| <b>raw</b> | `[x](y)` |',
    'a \u0000 nul and \\0 and 0\u00000 never make a slot [l](m.md)',
    `${'Một đoạn dài với [liên kết](a.md) và chữ. '.repeat(200)}`,
  ])('is the body rendered for that page: %j', (markdown) => {
    same(markdown);
  });
});
