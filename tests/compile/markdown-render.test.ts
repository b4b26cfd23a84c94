import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/compile/markdown/render.js';

describe('renderMarkdown: the format dialect (CommonMark + GFM tables, as on GitHub)', () => {
  it('renders GFM tables with column alignment the sanitiser keeps', () => {
    const html = renderMarkdown('| Cột | Số |\n|:--|--:|\n| a | 1 |\n');
    expect(html).toContain('<th align="left">Cột</th>');
    expect(html).toContain('<td align="right">1</td>');
    expect(html).not.toContain('style=');
  });

  it('renders task lists as disabled checkboxes, strikethrough and web autolinks', () => {
    const html = renderMarkdown('- [ ] việc một\n- [x] việc hai\n\n~~cũ~~ xem https://example.org/a.');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" [^>]*disabled> việc một<\/li>/);
    expect(html).toMatch(/<input type="checkbox" [^>]*checked disabled> việc hai/);
    expect(html).toContain('<del>cũ</del>');
    expect(html).toContain('<a href="https://example.org/a">https://example.org/a</a>.');
    expect(renderMarkdown('www.chinhphu.vn, không phải chinhphu.vn')).toBe(
      '<p><a href="http://www.chinhphu.vn">www.chinhphu.vn</a>, không phải chinhphu.vn</p>',
    );
  });

  it('gives headings GitHub-style ids with diacritics kept', () => {
    const html = renderMarkdown('# Tìm kiếm thông tin\n\n## Tìm kiếm thông tin\n', { headingIds: true });
    expect(html).toContain('<h1 id="tìm-kiếm-thông-tin">');
    expect(html).toContain('<h2 id="tìm-kiếm-thông-tin-1">');
  });

  it('marks fenced code with its language and escapes what is inside', () => {
    const html = renderMarkdown('```js\nif (a < b && c) {}\n```\n');
    expect(html).toBe('<pre><code class="language-js">if (a &#x3C; b &#x26;&#x26; c) {}\n</code></pre>');
  });

  it('hands every link and image URL to rewriteUrl, and drops what it refuses', () => {
    const seen: string[] = [];
    const html = renderMarkdown(
      '[bài](../b/bai-hoc.md#muc) ![sơ đồ](../../assets/so-do.svg) [x](missing.md)',
      {
        rewriteUrl: (url, kind) => {
          seen.push(`${kind} ${url}`);
          return url === 'missing.md' ? undefined : `/out/${url}`;
        },
      },
    );
    expect(seen).toEqual(['link ../b/bai-hoc.md#muc', 'image ../../assets/so-do.svg', 'link missing.md']);
    expect(html).toContain('<a href="/out/../b/bai-hoc.md#muc">bài</a>');
    expect(html).toContain('<img src="/out/../../assets/so-do.svg" alt="sơ đồ">');
    expect(html).toContain('<a>x</a>');
  });
});

describe('renderMarkdown: hostile input', () => {
  it('drops raw HTML tags and never lets a script, handler or javascript: URL through', () => {
    const html = renderMarkdown(
      'Chọn <script>alert(1)</script> <img src=x onerror=alert(2)> [a](javascript:alert(3)) ' +
        '[b](JAVASCRIPT:alert(4)) [c](data:text/html,<script>) ![d](javascript:alert(5))',
    );
    expect(html).not.toMatch(/<script|<img src=x|href="javascript|href="data|src="javascript/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    expect(html).toMatch(/^<p>Chọn alert\(1\) {2}<a>a<\/a>/);
    expect(html).toContain('<a>a</a>');
    expect(html).toContain('<a>b</a>');
  });

  it('keeps http, https, mailto and tel links and relative ones', () => {
    const html = renderMarkdown(
      '[a](https://x.vn) [b](mailto:a@b.vn) [c](tel:+84123) [d](../x.md) [e](ftp://x)',
    );
    expect(html).toContain('href="https://x.vn"');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('href="tel:+84123"');
    expect(html).toContain('href="../x.md"');
    expect(html).toContain('<a>e</a>');
  });

  it('decodes entities once and escapes them again on the way out', () => {
    expect(renderMarkdown('a &amp; b &lt;c&gt; &copy;')).toBe('<p>a &#x26; b &#x3C;c> ©</p>');
  });
});

describe('markdownToText', () => {
  it('gives the words of rendered Markdown, whitespace folded', () => {
    expect(markdownToText('**Đậm** và [liên kết](https://x.vn)\n\n- một\n- hai')).toBe(
      'Đậm và liên kết một hai',
    );
  });
});
