/**
 * Items produced out of order (worker batches finishing in any order) handed out in order: `put(i, item)` from
 * producers, `for await` in the consumer, which waits for item i before i + 1. Only items ahead of the next one
 * wait in memory.
 */
export class OrderedQueue<T> implements AsyncIterable<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;
  private end = Number.POSITIVE_INFINITY;
  private error: { reason: unknown } | undefined;
  private wake: (() => void) | undefined;

  put(index: number, item: T): void {
    this.waiting.set(index, item);
    this.poke();
  }

  /** No more items: there were `count` in all. */
  close(count: number): void {
    this.end = count;
    this.poke();
  }

  /** The producer failed: the consumer gets the error once it has taken what came before. */
  fail(reason: unknown): void {
    this.error = { reason };
    this.poke();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.waiting.has(this.next)) {
        const item = this.waiting.get(this.next) as T;
        this.waiting.delete(this.next++);
        yield item;
        continue;
      }
      if (this.error) throw this.error.reason;
      if (this.next >= this.end) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
