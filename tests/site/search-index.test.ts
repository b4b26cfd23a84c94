import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/compile/markdown/render.js';
import {
  foldTerm,
  htmlText,
  indexedChars,
  indexedText,
} from '../../src/compile/targets/site/search-index.js';

describe('indexedText', () => {
  const paragraph = (i: number) =>
    `Đoạn ${i}: **tìm kiếm** thông tin &amp; [liên kết](https://x.vn/${i}) với \`mã\` — dữ liệu mở.\n\n`;
  const samples = [
    '',
    'no tags at all, just text',
    '<p>short &amp; sweet</p>',
    renderMarkdown(Array.from({ length: 3 }, (_, i) => paragraph(i)).join('')),
    renderMarkdown(Array.from({ length: 200 }, (_, i) => paragraph(i)).join('')),
    renderMarkdown(`# Tiêu đề\n\n${'từ '.repeat(3000)}\n\n| a | b |\n|---|---|\n| 1 | 2 |`),
    `<p>${'x'.repeat(5000)}</p><p>&#x1F600; &lt;tail&gt;</p>`,
    `${'<b>a</b>  \n '.repeat(2000)}`,
  ];
  it.each(samples.map((s, i) => [i, s]))(
    'sample %i: the first indexed characters of the whole text',
    (_, html) => {
      expect(indexedText(html as string)).toBe(htmlText(html as string).slice(0, indexedChars));
    },
  );
});

describe('foldTerm', () => {
  it('gives the same answer from its memory as the first time', () => {
    const first = ['Tìm', 'KIẾM', 'đường', 'Tìm'].map(foldTerm);
    expect(first).toEqual(['tim', 'kiem', 'duong', 'tim']);
    expect(['Tìm', 'KIẾM', 'đường'].map(foldTerm)).toEqual(['tim', 'kiem', 'duong']);
  });
});
