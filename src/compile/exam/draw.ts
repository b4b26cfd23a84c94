import type { Question } from '../../model/types.js';
import { hashSeed, mulberry32, shuffle } from './prng.js';

/** The questions of one competency of the cell that a paper may draw from, in bank order. */
export interface Pool {
  competency: string;
  questions: readonly Question[];
}

/**
 * How many questions each competency gives to a paper of `count`: as even as the pools allow (no two differ by
 * more than one unless a pool runs out), the remainder going to competencies in `order`.
 */
export function quotas(sizes: readonly number[], count: number, order: readonly number[]): number[] {
  const quota = sizes.map(() => 0);
  let remaining = Math.min(
    count,
    sizes.reduce((a, b) => a + b, 0),
  );
  while (remaining > 0) {
    const open = order.filter((i) => quota[i]! < sizes[i]!);
    const share = Math.floor(remaining / open.length);
    if (share === 0) {
      for (const i of open.slice(0, remaining)) quota[i]!++;
      break;
    }
    for (const i of open) {
      const add = Math.min(share, sizes[i]! - quota[i]!);
      quota[i]! += add;
      remaining -= add;
    }
  }
  return quota;
}

/**
 * Draws a paper of `count` questions balanced across the pools, the same for the same seed: each pool is
 * shuffled by the seeded generator and its first `quota` questions taken; the paper keeps the pools' order.
 */
export function drawPaper(pools: readonly Pool[], count: number, seed: string): Pool[] {
  const random = mulberry32(hashSeed(seed));
  const shuffled = pools.map((p) => shuffle(p.questions, random));
  const order = shuffle(
    pools.map((_, i) => i),
    random,
  );
  const quota = quotas(
    shuffled.map((s) => s.length),
    count,
    order,
  );
  return pools
    .map((p, i) => ({ competency: p.competency, questions: shuffled[i]!.slice(0, quota[i]) }))
    .filter((p) => p.questions.length > 0);
}
