import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { runCli } from '../helpers/run-cli.js';

/** The site fixture framework (two locales, two roles, every question type). */
export const fixture = fileURLToPath(new URL('../fixtures/site/fw', import.meta.url));

/** Builds the fixture's site with the real CLI into a fresh folder; returns the folder. */
export async function buildFixtureSite(extra: string[] = []): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'curriculum-site-')), 'site');
  const result = await runCli(['build', 'site', fixture, '--out', out, '--no-cache', ...extra]);
  if (result.code !== 0) throw new Error(`build site failed (${result.code}): ${result.stderr}`);
  return out;
}

/** Serves a folder on 127.0.0.1 at a free port. */
export async function serveFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const handler = sirv(dir, { dev: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
