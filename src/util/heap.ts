import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection, for a build that knows a phase left much garbage behind (a large framework's load).
 * Left alone, V8 lets the heap, and the process's memory with it, grow towards its limits before it collects; a
 * collection costs ~0.1 s here and keeps a large site's build within its memory goal.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * A check to call now and then during a long phase: it collects once the heap has grown by `growthMb` since the
 * last collection it saw (its own or V8's). Most of a large build's heap is live (its model), so a collection at
 * fixed intervals costs ~0.1 s and frees little; one when the heap has grown frees what it grew by.
 */
export function heapGrowthCheck(
  growthMb: number,
  heap: { used(): number; collect(): void } = { used: usedHeap, collect: collectGarbage },
): () => void {
  const growth = growthMb * 1024 * 1024;
  let base = heap.used();
  return () => {
    const used = heap.used();
    if (used < base) base = used;
    else if (used - base > growth) {
      heap.collect();
      base = heap.used();
    }
  };
}

function usedHeap(): number {
  return v8.getHeapStatistics().used_heap_size;
}
