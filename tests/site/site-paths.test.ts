import path from 'node:path/posix';
import { describe, expect, it } from 'vitest';
import { hashSeed, mulberry32 } from '../../src/compile/exam/prng.js';
import { encodePath, relativeUrl } from '../../src/compile/targets/site/site-paths.js';

// The reference: what path.relative gives between the two files' folders, percent-encoded segment by segment.
const reference = (from: string, to: string) => {
  const rel = path.relative(path.dirname(from), to);
  return rel
    .split('/')
    .map((s) => (s === '..' ? s : encodeURIComponent(s)))
    .join('/');
};

describe('relativeUrl', () => {
  it('leads from a page to another file of the site', () => {
    expect(relativeUrl('vi/lessons/a.html', 'vi/lessons/b.html')).toBe('b.html');
    expect(relativeUrl('vi/lessons/a.html', 'vi/index.html')).toBe('../index.html');
    expect(relativeUrl('vi/quiz/c/basic.html', 'assets/x y.svg')).toBe('../../../assets/x%20y.svg');
    expect(relativeUrl('index.html', 'en/index.html')).toBe('en/index.html');
    expect(relativeUrl('vi/lessons/a.html', 'vi/lessons/a.html')).toBe('a.html');
    expect(relativeUrl('vi/roles/đại-biểu.html', 'vi/lessons/tìm-kiếm.html')).toBe(
      `../lessons/${encodeURIComponent('tìm-kiếm.html')}`,
    );
  });

  it('agrees with path.relative on seeded random paths', () => {
    const random = mulberry32(hashSeed('relative-url'));
    const segment = () =>
      ['vi', 'en', 'lessons', 'quiz', 'a', 'b b', 'ký', 'x.html'][Math.floor(random() * 8)];
    const file = () =>
      [...Array.from({ length: 1 + Math.floor(random() * 4) }, segment), 'page.html'].join('/');
    for (let i = 0; i < 2000; i++) {
      const from = file();
      const to = file();
      expect(relativeUrl(from, to), `${from} -> ${to}`).toBe(reference(from, to));
    }
  });
});

describe('encodePath', () => {
  it('keeps `/`, `..` and the fragment, and encodes the rest of each segment', () => {
    expect(encodePath('../a b/c.html#Mục-1')).toBe('../a%20b/c.html#Mục-1');
    expect(encodePath('plain/path-1_2.~x.html')).toBe('plain/path-1_2.~x.html');
  });
});
