import { describe, expect, it } from 'vitest';
import {
  isPlainText,
  markdownToText,
  renderMarkdown,
  renderThroughParser,
} from '../../src/compile/markdown/render.js';
import { disagreementsOnEveryCodeUnit } from '../helpers/code-units.js';

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

describe('isPlainText', () => {
  // The rule as a pattern, as it was first written: the fast pass must agree with it on every character.
  const byPattern = (text: string) =>
    text.length < 2000 &&
    /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,.;:?!()%'"-]*$/u.test(text) &&
    !/\s$|\s\s|www\./i.test(text) &&
    !/^\d+[.)](\s|$)/.test(text);

  it('agrees with the Unicode-property rule on every UTF-16 code unit, alone, first, inside and last', () => {
    const disagreements = disagreementsOnEveryCodeUnit(
      (ch) => [ch, `${ch}a`, `a${ch}b`, `Đ ${ch}`, `ế${ch}`, `${ch}${ch}`],
      (text) => isPlainText(text) === byPattern(text),
    );
    expect(disagreements).toEqual([]);
  });

  it('agrees on sentences, lists, links, spacing and length', () => {
    const texts = [
      '',
      'Đúng hay sai?',
      'Câu hỏi  hai dấu cách',
      'kết thúc bằng dấu cách ',
      ' bắt đầu bằng dấu cách',
      '1. danh sách',
      '12) danh sách',
      '1.5 là đáp án',
      'xem WWW.example nhé',
      'a\tb',
      'a\u00a0b',
      '-gạch đầu dòng',
      '日本語のテキスト',
      'Ελληνικά κείμενο',
      'emoji 😀 đây',
      'a'.repeat(1999),
      'a'.repeat(2000),
      ...Array.from({ length: 2000 }, (_, i) => sample(i + 7)),
    ];
    for (const text of texts) expect(isPlainText(text), JSON.stringify(text)).toBe(byPattern(text));
  });
});
