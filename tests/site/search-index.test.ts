import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { renderMarkdownAndExcerpt } from '../../src/compile/markdown/render.js';
import {
  foldTerm,
  type SearchDoc,
  searchIndexScript,
  searchOptions,
  splitTerms,
} from '../../src/compile/targets/site/search-index.js';
import { indexedChars } from '../../src/compile/targets/site/search-text.js';
import { disagreementsOnEveryCodeUnit } from '../helpers/code-units.js';

// What a reader of the page would index: the HTML's text, tags as spaces, entities decoded, whitespace collapsed.
const htmlText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/\s+/g, ' ')
    .trim();

describe('the excerpt search indexes a lesson by', () => {
  const paragraph = (i: number) =>
    `Đoạn ${i}: **tìm kiếm** thông tin &amp; [liên kết](https://x.vn/${i}) với \`mã <b>\` — dữ liệu mở.\n\n`;
  const samples = [
    '',
    'no tags at all, just text',
    'short &amp; sweet',
    Array.from({ length: 3 }, (_, i) => paragraph(i)).join(''),
    Array.from({ length: 200 }, (_, i) => paragraph(i)).join(''),
    `# Tiêu đề\n\n${'từ '.repeat(3000)}\n\n| a | b |\n|---|---|\n| 1 | 2 |`,
    `${'x'.repeat(5000)}\n\n&#x1F600; &lt;tail&gt;`,
    `${'**a**  \n '.repeat(2000)}`,
    `${'a'.repeat(1499)}  **b** c`,
    `${'a'.repeat(1600)}${'\n'.repeat(5000)}`,
    'mid**word**split and x&amp;y and `co de` and\n\n```\nfenced  code\n```\n\n- [ ] task\n- [x] done',
    `${'từ '.repeat(499)}tận**cùng**\n\n# Sau`,
  ];
  it.each(samples.map((s, i) => [i, s]))(
    'sample %i: the first indexed characters of the page text',
    (_, markdown) => {
      const { html, excerpt } = renderMarkdownAndExcerpt(markdown as string, { excerpt: indexedChars });
      expect(excerpt).toBe(htmlText(html).slice(0, indexedChars));
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

describe('the index tokenizer', () => {
  // What MiniSearch splits with by default, and search.js queries with.
  const byPattern = (text: string) => text.split(/[\n\r\p{Z}\p{P}]+/u);

  it('splits as MiniSearch does on every UTF-16 code unit, alone, between words and in runs', () => {
    const disagreements = disagreementsOnEveryCodeUnit(
      (ch) => [ch, `a${ch}b`, `${ch}ế${ch}${ch}`, `tìm${ch} ${ch}kiếm`],
      (text) => JSON.stringify(splitTerms(text)) === JSON.stringify(byPattern(text)),
    );
    expect(disagreements).toEqual([]);
  });

  it('splits as MiniSearch does on text with surrogate pairs, edges and empty input', () => {
    const texts = [
      '',
      ' ',
      '...',
      'a',
      ',a,',
      'Tìm kiếm — “dữ liệu”… mở!',
      'emoji 😀 giữa',
      'word𐄀word', // U+10100, punctuation outside the BMP
      'lone \ud800 high and \udc00 low',
      'tail\ud83d',
      '日本語、テキスト。終わり',
      'line\r\nbreak\u2028sep\u00a0nbsp',
    ];
    for (const text of texts) expect(splitTerms(text), JSON.stringify(text)).toEqual(byPattern(text));
  });

  // The index is counted without MiniSearch's `add`: it must still be, byte for byte, the script of what MiniSearch
  // serialises (by default, with the tokenizer the build uses).
  const miniSearchScript = (
    docs: SearchDoc[],
    options: ConstructorParameters<typeof MiniSearch<SearchDoc>>[0] = {
      ...searchOptions,
      tokenize: splitTerms,
    },
  ) => {
    const index = new MiniSearch<SearchDoc>(options);
    index.addAll(docs);
    return `self.curriculumSearchIndex = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
  };

  it('gives the index MiniSearch builds with its own tokenizer', () => {
    const docs: SearchDoc[] = Array.from({ length: 50 }, (_, i) => ({
      id: `l:${i}`,
      kind: 'lesson',
      title: `Bài ${i}: Tìm kiếm — “an toàn” thông tin`,
      text: `Đoạn ${i}, dữ liệu mở; chữ ký số… (ví dụ ${i * 7}) 😀 kết thúc.`.repeat(1 + (i % 4)),
      url: `lessons/${i}.html`,
      context: 'An toàn · Cơ bản',
    }));
    expect(searchIndexScript(docs)).toBe(miniSearchScript(docs, searchOptions));
  });

  it('is what MiniSearch serialises for no documents, empty fields and terms that fold together', () => {
    const doc = (id: string, title: string, text: string): SearchDoc => ({
      id,
      kind: 'lesson',
      title,
      text,
      url: `${id}.html`,
      context: '',
    });
    expect(searchIndexScript([])).toBe(miniSearchScript([]));
    const docs = [
      doc('a', '', ''),
      doc('b', '...', 'Tìm tim TIM tím; <b>đ</b> Đ d'),
      doc('c', 'tim kiếm', ''),
      doc('d', '', 'kiếm kiem tìm'),
    ];
    expect(searchIndexScript(docs)).toBe(miniSearchScript(docs));
  });

  it('lists terms in the order MiniSearch does, however they share prefixes and whenever they first appear', () => {
    // A seeded generator: words over a small alphabet share prefixes every which way (ab, abc, a, b...).
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => 'abcđêá'[Math.floor(random() * 6)]).join('');
    const words = (n: number) => Array.from({ length: n }, word).join(random() < 0.5 ? ' ' : ', ');
    for (let round = 0; round < 5; round++) {
      const docs: SearchDoc[] = Array.from({ length: 40 }, (_, i) => ({
        id: `l:${round}.${i}`,
        kind: i % 3 === 0 ? 'competency' : 'lesson',
        title: words(Math.floor(random() * 4)),
        text: words(Math.floor(random() * 60)),
        url: `${i}.html`,
        context: `ngữ cảnh ${i}`,
      }));
      expect(searchIndexScript(docs)).toBe(miniSearchScript(docs));
    }
  });
});
