import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOnWorkers, StandingWorkers } from '../../src/util/worker-pool.js';

const script = new URL('./fixtures/square-worker.mjs', import.meta.url);
const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);
const square = () => (n: number) => n * n;

describe('runOnWorkers', () => {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env.CURRICULUM_THREADS;
    process.env.CURRICULUM_THREADS = '2';
  });
  afterEach(() => {
    if (before === undefined) delete process.env.CURRICULUM_THREADS;
    else process.env.CURRICULUM_THREADS = before;
  });

  it.each([1, 2, 3])('keeps the jobs’ order with %i batches in flight per worker', async (inFlight) => {
    const onWorkers = { count: 0 };
    const squares = await runOnWorkers(
      numbers(500).filter((n) => n !== 13),
      {
        script,
        threshold: 10,
        batchSize: 7,
        inFlight,
        inThread: square,
        doneOnWorker: (count) => {
          onWorkers.count += count;
        },
      },
    );
    expect(squares).toEqual(
      numbers(500)
        .filter((n) => n !== 13)
        .map((n) => n * n),
    );
    expect(onWorkers.count).toBe(499);
  });

  it('hands batches over in order as they are done', async () => {
    const starts: number[] = [];
    const taken: number[] = [];
    await runOnWorkers(
      numbers(300).filter((n) => n !== 13),
      {
        script,
        threshold: 10,
        batchSize: 10,
        inFlight: 2,
        inThread: square,
        onResults: (start, results) => {
          starts.push(start);
          taken.push(...results);
        },
      },
    );
    expect(taken.sort((a, b) => a - b)).toEqual(
      numbers(300)
        .filter((n) => n !== 13)
        .map((n) => n * n),
    );
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('consumes the jobs array when asked to let go: each slot is emptied once its batch is posted', async () => {
    const jobs = numbers(200).map((n) => n + 100); // the worker dies on 13
    const posted: [number, number][] = [];
    const squares = await runOnWorkers(jobs, {
      script,
      threshold: 10,
      batchSize: 9,
      inFlight: 2,
      inThread: square,
      letGo: true,
      posted: (start, end) => {
        expect(jobs.slice(start, end).every((job) => job === undefined)).toBe(true);
        posted.push([start, end]);
      },
    });
    expect(squares).toEqual(numbers(200).map((n) => (n + 100) ** 2));
    expect(jobs.every((job) => job === undefined)).toBe(true);
    expect(posted.reduce((sum, [start, end]) => sum + end - start, 0)).toBe(200);
  });

  it('redoes in this thread every batch a dead worker held, and goes on with a new one', async () => {
    const onWorkers = { count: 0 };
    const squares = await runOnWorkers(numbers(400), {
      script,
      threshold: 10,
      batchSize: 5,
      inFlight: 2,
      retryInThread: true,
      inThread: square,
      doneOnWorker: (count) => {
        onWorkers.count += count;
      },
    });
    expect(squares).toEqual(numbers(400).map((n) => n * n));
    // The batch holding 13 and the one queued behind it were done here; the rest on workers.
    expect(onWorkers.count).toBeGreaterThanOrEqual(400 - 10);
    expect(onWorkers.count).toBeLessThan(400);
  });

  it('fails the run when a worker dies and no retry was asked for', async () => {
    await expect(
      runOnWorkers(numbers(100), { script, threshold: 10, batchSize: 5, inFlight: 2, inThread: square }),
    ).rejects.toThrow(/worker exited/);
  });

  it('keeps each worker to a lane of its own, then has it help where most is left', async () => {
    const threads = (lanes: number[]) =>
      runOnWorkers(numbers(400), {
        script: new URL('./fixtures/thread-worker.mjs', import.meta.url),
        threshold: 10,
        batchSize: 10,
        inFlight: 2,
        lanes,
        inThread: () => () => 0,
      });
    const even = await threads([200]);
    // Each lane starts on a worker of its own.
    expect(even[0]).not.toBe(even[200]);
    expect(new Set(even).size).toBe(2);
    // A short lane done, its worker helps with the long one.
    const uneven = await threads([10]);
    expect(new Set(uneven.slice(10)).size).toBe(2);
  });

  it('leaves standing workers without listeners of the run that used them', async () => {
    const standing = new StandingWorkers();
    try {
      for (let run = 0; run < 3; run++) {
        const squares = await runOnWorkers(
          numbers(60).filter((n) => n !== 13),
          {
            script,
            threshold: 10,
            batchSize: 5,
            inFlight: 2,
            standing,
            inThread: square,
          },
        );
        expect(squares).toHaveLength(59);
      }
      expect(standing.count).toBe(2);
      const worker = standing.take();
      expect(worker?.listenerCount('message')).toBe(0);
      if (worker) standing.give(worker);
    } finally {
      await standing.close();
    }
  });
});
