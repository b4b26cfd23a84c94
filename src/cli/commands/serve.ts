import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watch } from 'chokidar';
import type { Command } from 'commander';
import sirv from 'sirv';
import { UsageError } from '../errors.js';
import { frameworkDir } from '../framework-dir.js';
import { withBuildOptions } from './build.js';
import { runSiteBuild, type SiteFlags } from './build-site.js';

interface ServeFlags extends Omit<SiteFlags, 'out'> {
  out?: string;
  port: string;
}

/** `curriculum serve [DIR]`: builds the site, serves it on 127.0.0.1 and rebuilds when a source file changes. */
export function registerServe(program: Command): void {
  const command = program
    .command('serve')
    .description('build the learning site, serve it on 127.0.0.1 and rebuild when a file changes')
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', '8080')
    .option('--out <dir>', 'where the site is built (default: a temporary folder)')
    .option('--templates <dir>', 'folder of templates and static files overriding the built-in ones');
  withBuildOptions(command).action(async (dir: string | undefined, flags: ServeFlags) => {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(
        `Unexpected --port ${flags.port}, expected a number from 0 to 65535`,
        'Pass --port 0 for a free port.',
      );
    const root = frameworkDir(dir);
    const out = path.resolve(
      flags.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'curriculum-serve-')), 'site'),
    );
    const siteFlags: SiteFlags = { ...flags, out };
    const build = () => runSiteBuild(root, siteFlags);
    await build();
    const server = await listen(out, port);
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    process.stdout.write(
      `Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${actual}/ (Ctrl+C to stop)\n`,
    );
    await watchAndRebuild(root, out, build);
    // Stopped (Ctrl+C, SIGTERM): let go of the port and open connections so the process ends, and remove the
    // temporary site this run made.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!flags.out) rmSync(path.dirname(out), { recursive: true, force: true });
  });
}

function listen(out: string, port: number): Promise<Server> {
  // dev: files are looked up on every request, so each atomic swap of the output is served at once.
  const serveFiles = sirv(out, { dev: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    serveFiles(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(`Port ${port} is in use`, 'Pass another --port, or 0 for a free one.')
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// Rebuilds after a quiet moment, never two builds at once; a build that fails leaves the last good site served.
function watchAndRebuild(root: string, out: string, build: () => Promise<void>): Promise<void> {
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (file: string) => file.startsWith(out) || /(^|[/\\])(\.git|node_modules)([/\\]|$)/.test(file),
  });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = build().catch((error: unknown) => {
      process.stderr.write(
        `curriculum: rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    });
    await running;
    running = undefined;
    if (again) {
      again = false;
      await run();
    }
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  return new Promise((resolve) => {
    const stop = () => {
      void watcher.close().then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
