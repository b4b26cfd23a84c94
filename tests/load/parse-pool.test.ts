import { describe, expect, it } from 'vitest';
import { parseAll } from '../../src/load/parse-pool.js';
import { type ParseJob, safeParse } from '../../src/load/parse-worker.js';
import { StandingWorkers } from '../../src/util/worker-pool.js';

const roleJobs = (count: number, from = 0): ParseJob[] =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      path: `roles/r${i}.yaml`,
      kind: 'role',
      bytes: new TextEncoder().encode(`id: r${i}\ntitle: "Vai trò ${i}"\nrequires: {}\n`),
    };
  });

describe('parseAll', () => {
  it('gives on worker threads exactly what it gives in one thread, in order', async () => {
    const jobs: ParseJob[] = Array.from({ length: 450 }, (_, i) => ({
      path: `roles/r${i}.yaml`,
      kind: 'role',
      bytes: new TextEncoder().encode(
        i % 50 === 0 ? `id: r${i}\nbad: field\n` : `id: r${i}\ntitle: "Vai trò ${i}"\nrequires: {}\n`,
      ),
    }));
    const stats = { onWorkers: 0 };
    const threaded = await parseAll([...jobs], ['vi'], stats);
    expect(stats.onWorkers).toBe(jobs.length);
    expect(threaded.map((r) => r.parsed)).toEqual(
      jobs.map((job) => safeParse(job.path, job.kind, job.bytes as Uint8Array, ['vi'])),
    );
    expect(threaded[0]?.parsed.diagnostics.map((d) => d.message)).toEqual([
      'Missing required field `title`',
      'Missing required field `requires`',
      'Unexpected field `bad`',
    ]);
  });

  it('keeps standing workers warm for the next run (the second load of a diff), then lets them go', async () => {
    const before = process.env.CURRICULUM_THREADS;
    process.env.CURRICULUM_THREADS = '2';
    const standing = new StandingWorkers();
    try {
      const first = { onWorkers: 0 };
      await parseAll(roleJobs(450), ['vi'], first, standing);
      expect(first.onWorkers).toBe(450);
      expect(standing.count).toBe(2);
      // 20 files would parse in this thread; with warm workers standing they go to them.
      const jobs = roleJobs(20, 1000);
      const second = { onWorkers: 0 };
      const parsed = await parseAll([...jobs], ['vi'], second, standing);
      expect(second.onWorkers).toBe(20);
      expect(parsed.map((r) => r.parsed)).toEqual(
        jobs.map((job) => safeParse(job.path, job.kind, job.bytes as Uint8Array, ['vi'])),
      );
      expect(standing.count).toBe(2);
    } finally {
      await standing.close();
      if (before === undefined) delete process.env.CURRICULUM_THREADS;
      else process.env.CURRICULUM_THREADS = before;
    }
    expect(standing.count).toBe(0);
  });
});
