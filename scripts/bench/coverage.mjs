// coverage: the whole matrix on the large framework, cold and warm, beside validate (target: cold ≤ 1.1× validate cold).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ratio, report, timeCli } from './lib.mjs';

export default async function (bench) {
  const { dir, work } = bench;
  const cacheDir = path.join(work, 'cache-coverage');
  const env = { CURRICULUM_CACHE_DIR: cacheDir };
  const clear = () => rmSync(cacheDir, { recursive: true, force: true });
  // Cold runs alternate with cold validates, so a machine busy with something else slows both alike (a validate
  // timed sections earlier, before markdownlint's minute, is not a fair anchor on a shared machine).
  const colds = [];
  const validates = [];
  for (let i = 0; i < 3; i++) {
    colds.push(timeCli(['coverage', dir, '--format', 'json'], { env, before: clear, runs: 1 }));
    validates.push(timeCli(['validate', dir, '--quiet'], { env, before: clear, runs: 1 }));
  }
  const median = (list) => [...list].sort((a, b) => a.ms - b.ms)[1];
  const cold = { ...median(colds), peakMB: Math.max(...colds.map((r) => r.peakMB)) };
  const validateCold = median(validates);
  report('coverage --format json, cold (no cache)', cold);
  report('validate, cold (runs alternating with coverage)', validateCold);
  const validateWarm = timeCli(['validate', dir, '--quiet'], { env });
  report('validate, warm', validateWarm);
  const warm = timeCli(['coverage', dir, '--format', 'json'], { env });
  report('coverage --format json, warm', warm);
  for (const format of ['text', 'markdown', 'html']) {
    report(`coverage --format ${format}, warm`, timeCli(['coverage', dir, '--format', format], { env }));
  }
  ratio('coverage cold / validate cold', cold.ms / validateCold.ms, 1.1);
  // Not a target: an unchanged tree lets validate reuse its stored diagnostics, while coverage assembles the model.
  const warmRatio = (warm.ms / validateWarm.ms).toFixed(2);
  console.log(`${'coverage warm / validate warm (no target)'.padEnd(58)} ${warmRatio.padStart(7)} ×`);
  bench.results.coverageCold = cold;
}
