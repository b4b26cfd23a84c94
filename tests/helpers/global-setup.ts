import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Builds dist/ once before the suite, so CLI tests run the real bin. Type errors do not stop the emit (tsc still
 * writes JS); `npm run typecheck` is the gate for them, run separately in CI. Every temporary folder the tests
 * (and the CLIs they start) make goes under one folder for the run, removed at the end.
 */
export default function setup(): () => void {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (result.status !== 0)
    process.stderr.write(`tsc reported problems (see npm run typecheck):\n${result.stdout.slice(0, 2000)}\n`);
  spawnSync(process.execPath, ['scripts/build-validators.mjs'], { stdio: 'inherit' });
  const runTmp = mkdtempSync(path.join(tmpdir(), 'curriculum-vitest-'));
  process.env.TMPDIR = runTmp;
  return () => rmSync(runTmp, { recursive: true, force: true });
}
