import { describe, expect, it } from 'vitest';
import { OrderedQueue } from '../../src/util/ordered-queue.js';

describe('OrderedQueue', () => {
  it('hands items out in index order, however they were put', async () => {
    const queue = new OrderedQueue<string>();
    const taken: string[] = [];
    const consumer = (async () => {
      for await (const item of queue) taken.push(item);
    })();
    queue.put(2, 'c');
    queue.put(0, 'a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(taken).toEqual(['a']);
    queue.put(1, 'b');
    queue.close(3);
    await consumer;
    expect(taken).toEqual(['a', 'b', 'c']);
  });

  it('gives the producer’s error after what came before it', async () => {
    const queue = new OrderedQueue<number>();
    queue.put(0, 1);
    queue.fail(new Error('worker died'));
    const taken: number[] = [];
    await expect(
      (async () => {
        for await (const item of queue) taken.push(item);
      })(),
    ).rejects.toThrow('worker died');
    expect(taken).toEqual([1]);
  });
});
