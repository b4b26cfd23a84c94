import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderThroughPipeline, sanitizeSchema } from '../../src/compile/markdown/render.js';

// The reference: unified's own Markdown pipeline (remark-parse + GFM + remark-rehype) with the same sanitiser. The
// renderer parses with markdown-it for speed; on every lesson of the bundled framework it must give the same HTML.
const reference = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

const lessonsDir = path.resolve('curriculum/lessons');
const lessons = readdirSync(lessonsDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort();
const body = (file: string) =>
  readFileSync(path.join(lessonsDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
// Blank lines between blocks are not content; both sides fold them.
const fold = (html: string) => html.replace(/\n+/g, '\n').trim();

describe('renderer parity with remark (unified) on the bundled framework', () => {
  it('covers tables, task lists, code and links', () => {
    const all = lessons.map(body).join('\n');
    expect(lessons.length).toBeGreaterThan(100);
    for (const construct of [/^\|.*\|$/m, /^- \[ \] /m, /^```/m, /\]\(\.\.?\//])
      expect(all).toMatch(construct);
  });
  it.each(lessons)('%s renders as remark renders it', (file) => {
    const markdown = body(file);
    expect(fold(renderThroughPipeline(markdown))).toBe(fold(String(reference.processSync(markdown))));
  });
  it.each([
    'Setext\n===\n\ntext *em* **strong** ~~del~~ `code` \\* escaped',
    '1. one\n2. two\n\n   nested para\n\n   - a\n   - b\n\n> quote\n> > nested',
    '| a | b | c |\n|:-|:-:|-:|\n| `x` | **y** | [z](https://x.vn) |',
    'line  \nbreak\\\nand ![img](../a.png "title") [ref][r]\n\n[r]: https://example.org "T"',
    '- [x] done\n- [ ] todo\n\n1. [ ] ordered task',
    '- [ ] a loose task\n\n  with a second paragraph\n- [x] done',
    'https://example.org/path?q=1 and a@b.vn.',
    'www.example.org/a, a bare domain như thongtin.vn, ftp://x.vn and //x.vn stay text',
    '    indented code\n\n```\nfence without language\n```\n\n***',
    'a &copy; &#123; &#x1F600; &nbsp;b',
    'raw <b onclick="x()">bold</b> <script>alert(1)</script>\n\n<div>\nblock <i>html</i>\n</div>\n\nafter',
  ])('renders %j as remark renders it', (markdown) => {
    expect(fold(renderThroughPipeline(markdown))).toBe(fold(String(reference.processSync(markdown))));
  });

  it('renders 500 seeded random documents as remark renders them', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const inline = () =>
      pick([
        'chữ',
        '**đậm**',
        '*nghiêng*',
        '`mã <b>`',
        '[liên kết](../a.md)',
        '![ảnh](../../assets/x.png)',
        '~~gạch~~',
        'a & b',
        'x < y',
        '**[đậm link](https://x.vn)**',
        '*a **b** c*',
        '\\*',
        'https://x.vn/a',
        'một  \nhai',
        '<b>raw</b>',
      ]);
    const line = () => Array.from({ length: 1 + Math.floor(random() * 4) }, inline).join(' ');
    const blocks = [
      () => `# ${line()}`,
      () => `## ${line()}`,
      line,
      () => `- ${line()}\n- ${line()}`,
      () => `1. ${line()}\n2. ${line()}`,
      () => `> ${line()}`,
      () => '```\ncode <x>\n```',
      () => `| a | b |\n|---|:-:|\n| ${line()} | ${line()} |`,
      () => `- [ ] ${line()}\n- [x] ${line()}`,
      () => `- ${line()}\n\n  ${line()}\n- ${line()}`,
      () => '***',
      () => `1. ${line()}\n   - ${line()}`,
    ];
    for (let i = 0; i < 500; i++) {
      const markdown = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(blocks)()).join(
        '\n\n',
      );
      expect(fold(renderThroughPipeline(markdown)), markdown).toBe(
        fold(String(reference.processSync(markdown))),
      );
    }
  });
});
