import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './site-server.js';

const bin = fileURLToPath(new URL('../../bin/curriculum.js', import.meta.url));

describe('curriculum serve', () => {
  it('serves the site on 127.0.0.1 and rebuilds when a lesson changes', async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), 'curriculum-serve-test-')), 'fw');
    await cp(fixture, root, { recursive: true });
    const child = spawn(process.execPath, [bin, 'serve', root, '--port', '0', '--no-cache'], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    try {
      await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\//.test(stdout), { timeout: 30_000 }).toBe(true);
      const base = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0] as string;
      const lesson = `${base}vi/lessons/safety.passwords.basic.strong.html`;
      expect((await fetch(`${base}vi/index.html`)).status).toBe(200);
      await appendFile(path.join(root, 'lessons/safety/strong.md'), '\nĐoạn vừa thêm.\n');
      await expect
        .poll(async () => (await (await fetch(lesson)).text()).includes('Đoạn vừa thêm.'), {
          timeout: 30_000,
        })
        .toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    // Stopping ends the process (a server left listening kept it alive) and removes its temporary site.
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (c) => resolve(c));
    });
    expect(code).toBe(0);
  });
});
