import { describe, expect, it } from 'vitest';
import { drawPaper, quotas } from '../../src/compile/exam/draw.js';
import { hashSeed, mulberry32 } from '../../src/compile/exam/prng.js';
import type { Question } from '../../src/model/types.js';

const pool = (competency: string, n: number) => ({
  competency,
  questions: Array.from(
    { length: n },
    (_, i) => ({ id: `${competency}.q${i}`, competency }) as unknown as Question,
  ),
});

describe('quotas', () => {
  it('spreads evenly and gives the remainder in the given order', () => {
    expect(quotas([10, 10, 10], 7, [2, 0, 1])).toEqual([2, 2, 3]);
  });
  it('moves what a small pool cannot give to the others', () => {
    expect(quotas([1, 10, 10], 9, [0, 1, 2])).toEqual([1, 4, 4]);
    expect(quotas([1, 2, 10], 13, [0, 1, 2])).toEqual([1, 2, 10]);
  });
});

describe('drawPaper', () => {
  const pools = [pool('a', 8), pool('b', 8), pool('c', 3)];
  const ids = (seed: string) => drawPaper(pools, 12, seed).flatMap((p) => p.questions.map((q) => q.id));

  it('is the same for the same seed and balanced across competencies', () => {
    expect(ids('2026-05')).toEqual(ids('2026-05'));
    const paper = drawPaper(pools, 12, '2026-05');
    const counts = paper.map((p) => p.questions.length).sort();
    expect(counts).toEqual([3, 4, 5]);
    expect(new Set(ids('2026-05')).size).toBe(12);
  });

  it('draws different papers for different seeds', () => {
    const papers = new Set(['1', '2', '3', '4', '5', '6'].map((s) => ids(s).sort().join()));
    expect(papers.size).toBeGreaterThan(3);
  });

  it('seeds from any text, the same on every run', () => {
    expect(hashSeed('kỳ họp')).toBe(hashSeed('kỳ họp'));
    const a = mulberry32(hashSeed('x'));
    const b = mulberry32(hashSeed('x'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
