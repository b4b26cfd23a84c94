import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapGrowthCheck } from '../../src/util/heap.js';

const MB = 1024 * 1024;

describe('heapGrowthCheck', () => {
  it('collects once the heap has grown by the given amount since the lowest point it saw', () => {
    const readings = [100, 140, 90, 150, 160, 80, 120, 200].map((mb) => mb * MB);
    let at = 0;
    let collections = 0;
    const check = heapGrowthCheck(64, {
      used: () => readings[at] as number,
      collect: () => {
        collections++;
        readings.splice(at + 1, 0, 70 * MB); // what a collection leaves
        at++;
      },
    });
    const collectedAt: number[] = [];
    while (at < readings.length - 1) {
      at++;
      const before = collections;
      check();
      if (collections > before) collectedAt.push(readings[at - 1] as number);
    }
    // 150 is 60 above the 90 seen (no), 160 is 70 above it (yes); 80 and 120 are within 64 of the 70 left, 200 not.
    expect(collectedAt).toEqual([160 * MB, 200 * MB]);
  });

  it('collects for real with the defaults', () => {
    const used = () => v8.getHeapStatistics().used_heap_size;
    const check = heapGrowthCheck(0);
    // Garbage of a few megabytes, unreachable once made: only a collection takes it back.
    (() => Array.from({ length: 1e5 }, (_, i) => ({ i, text: `item ${i}` })))();
    const before = used();
    check();
    expect(used()).toBeLessThan(before - 2 * MB);
  });
});
