import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../src/compile/targets/site/search-index.js';

const browserFold = (() => {
  const sandbox: { curriculumFold?: (s: string) => string; self?: unknown } = {};
  sandbox.self = sandbox;
  runInNewContext(
    readFileSync(new URL('../../templates/site/static/fold.js', import.meta.url), 'utf8'),
    sandbox,
  );
  return sandbox.curriculumFold as (s: string) => string;
})();

describe('search term folding', () => {
  it.each([
    ['tìm kiếm', 'tim kiem'],
    ['Đường', 'duong'],
    ['đại biểu Quốc hội', 'dai bieu quoc hoi'],
    ['Nghị định', 'nghi dinh'],
    ['TÌM KIẾM'.normalize('NFD'), 'tim kiem'],
  ])('folds %s to %s, in the builder and in the browser alike', (input, folded) => {
    expect(foldTerm(input)).toBe(folded);
    expect(browserFold(input)).toBe(folded);
  });
});
