import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';

export const fixture = fileURLToPath(new URL('../fixtures/scorm/framework', import.meta.url));

/** Builds the fixture's packages (every question in the assessment) into a temp folder; returns zips by name. */
export async function buildFixture(
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<{ out: string; zips: Map<string, Buffer>; stdout: string; stderr: string; code: number }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'scorm-test-')), 'out');
  const result = await runCli(['build', 'scorm', fixture, '--out', out, '--questions', '7', ...extra], {
    env,
  });
  const zips = new Map<string, Buffer>();
  if (result.code === 0)
    for (const name of (await readdir(out)).sort()) zips.set(name, await readFile(path.join(out, name)));
  return { out, zips, ...result };
}
