import { describe, expect, it } from 'vitest';
import { parseAll } from '../../src/load/parse-pool.js';
import type { ParseJob } from '../../src/load/parse-worker.js';

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
    const { safeParse } = await import('../../src/load/parse-worker.js');
    expect(threaded).toEqual(jobs.map((job) => safeParse(job, ['vi'])));
    expect(threaded[0]?.diagnostics.map((d) => d.message)).toEqual([
      'Missing required field `title`',
      'Missing required field `requires`',
      'Unexpected field `bad`',
    ]);
  });
});
