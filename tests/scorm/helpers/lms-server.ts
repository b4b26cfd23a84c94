import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A test LMS on 127.0.0.1: /lms/ (the launching page), /vendor/ (scorm-again), /pkg/ (an unpacked package). */
export async function startLms(packageDir: string): Promise<{ base: string; close(): Promise<void> }> {
  const mounts: [string, ReturnType<typeof sirv>][] = [
    ['/lms/', sirv(here('../../fixtures/scorm/lms'), { dev: true })],
    ['/vendor/', sirv(here('../../../node_modules/scorm-again/dist'), { dev: true })],
    ['/pkg/', sirv(packageDir, { dev: true })],
  ];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [prefix, handler] of mounts) {
      if (!url.startsWith(prefix)) continue;
      req.url = url.slice(prefix.length - 1);
      return handler(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
