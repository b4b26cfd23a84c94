import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown, renderThroughParser } from '../../src/compile/markdown/render.js';

const alphabet = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐZ0123456789 ,.;:?!()%\'"-',
  'ế',
  'ữ',
  'ọ',
  'www.',
  '1. ',
  '2) ',
];

function sample(seed: number): string {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const length = 1 + Math.floor(next() * 40);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('renderMarkdown on plain text', () => {
  const cases = [
    'Đúng hay sai?',
    'Dữ liệu thông tin văn bản chữ ký số.',
    'Lúc 10:30, "họp" (trực tuyến) 50% - xong!',
    '1.5 là đáp án',
    '1. danh sách',
    'xem www.example.com nhé',
    ...Array.from({ length: 1000 }, (_, i) => sample(i + 1)),
  ];
  it('gives the same bytes as the full pipeline, shortcut or not', () => {
    for (const text of cases)
      expect(renderMarkdown(text), JSON.stringify(text)).toBe(renderThroughParser(text));
  });
  it('gives the text itself as plain text', () => {
    expect(markdownToText('Đúng hay sai?')).toBe('Đúng hay sai?');
  });
});
