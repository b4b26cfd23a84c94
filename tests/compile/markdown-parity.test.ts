import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownToText, renderThroughParser } from '../../src/compile/markdown/render.js';
import { allowedProtocols } from '../../src/compile/markdown/tokens-to-html.js';

// The reference: unified's own Markdown pipeline (remark-parse + GFM + remark-rehype), sanitised by rehype-sanitize
// with GitHub's schema and the schemes the renderer allows. The renderer parses with markdown-it and writes HTML
// straight from its tokens for speed; on every lesson of the bundled framework, on hostile input and on random
// documents it must give the same HTML and the same text.
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...allowedProtocols.href], src: [...allowedProtocols.src] },
};
const referenceTree = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema);
const reference = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);
const referenceText = (markdown: string) => {
  const texts: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text') texts.push(node.value ?? '');
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(referenceTree.runSync(referenceTree.parse(markdown)) as HastRoot);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
};
const same = (markdown: string) => {
  expect(fold(renderThroughParser(markdown)), markdown).toBe(fold(String(reference.processSync(markdown))));
  // Text nodes meet at element boundaries inside words (`**a**b`): compare words, not the gaps between them.
  expect(markdownToText(markdown).replace(/\s+/g, ''), markdown).toBe(
    referenceText(markdown).replace(/\s+/g, ''),
  );
};

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
    same(body(file));
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
    'Chọn [a](javascript:alert(3)) [b](JAVASCRIPT:x) [c](data:text/html,<script>) ![d](javascript:x) [e](a/b:c) [f](?x:y) [g](#x:y) [h](tel:1) [i](mailto:a@b.vn) [j](ftp://x) ![k](http://x.vn/a.png)',
    '[t](https://x.vn "q\\"u\'o`t&e") ![alt "quoted" & `tick`](a.png \'t\')',
    'a & b < c > d " \' ` &amp;lt;',
    '- [ ]<b>x</b> raw\n- \\[ ] escaped\n- [ ]\n  soft break\n- [X]\n- [x]tight',
    '- [ ]  \n  hard break\n- [ ] \n- [ ]\tx\n- [ ] &#91; ]\n- &#91; ] x\n- [ ]**b**\n- [ ] **b**',
    '- [ ]\n\n  para\n\n1. [ ]\n   foo',
    '3. [ ] ordered from three\n4. [x] done',
    '> - [ ] in a quote\n>   - [x] nested',
    '# [x] heading `code` ![alt](x.png)\n\n## \n\n### same\n\n### same',
    '```js extra words\nif (a < b && c) {}\n```\n\n~~~\nplain\n~~~',
    '- a\n\n  ```\n  code\n  ```\n- b\n\n  ---',
    '| a |\n|---|\n| <b>x</b> |\n| |',
  ])('renders %j as remark renders it', (markdown) => {
    same(markdown);
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
      same(markdown);
    }
  });
});
