import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/curriculum.js', import.meta.url));

describe('a reader that goes away (curriculum … | head)', () => {
  it('ends the command quietly with 141, not a stack trace about EPIPE', async () => {
    const child = spawn(process.execPath, [bin, 'coverage', 'curriculum', '--format', 'json', '--no-cache'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Close the reading end before the report is written (loading takes longer than this).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(141);
  });
});
