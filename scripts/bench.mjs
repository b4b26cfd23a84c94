// npm run bench: generates a large framework and times every command against its targets and the field's anchors.
// Sections run in order; each is scripts/bench/<name>.mjs exporting `default async function (bench)`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from './bench/generate.mjs';

const only = process.argv.slice(2);
const sections = ['validate', 'coverage', 'questions', 'scorm', 'site', 'diff'].filter(
  (s) => only.length === 0 || only.includes(s),
);
const work = mkdtempSync(path.join(tmpdir(), 'curriculum-bench-'));
const dir = path.join(work, 'framework');
console.log(`Generating the large framework in ${dir} ...`);
const started = Date.now();
await generate(dir);
console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
const bench = { dir, work, generate, results: {} };
for (const name of sections) {
  let section;
  try {
    section = await import(`./bench/${name}.mjs`);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') continue;
    throw error;
  }
  console.log(`— ${name}`);
  await section.default(bench);
  console.log('');
}
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
