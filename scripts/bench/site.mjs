// site: cold (no caches), one lesson changed (parse cache and output record), beside Eleventy 3 rendering the same
// lessons. Cold builds and Eleventy runs alternate, three of each, so a machine busy with something else (or a disk
// still busy with what came before) slows both alike; the medians are compared.
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, ratio, report, timeCli, timeRuns } from './lib.mjs';

const eleventy = fileURLToPath(new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));

export default async function (bench) {
  const { dir, work } = bench;
  const cacheDir = path.join(work, 'site-cache');
  const out = path.join(work, 'site');
  const eleventyOut = path.join(work, 'eleventy');
  const env = { CURRICULUM_CACHE_DIR: cacheDir };
  const args = ['build', 'site', dir, '--out', out];
  const colds = [];
  const anchors = [];
  for (let i = 0; i < 3; i++) {
    colds.push(
      timeCli(args, {
        env,
        runs: 1,
        before: () => {
          rmSync(cacheDir, { recursive: true, force: true });
          rmSync(out, { recursive: true, force: true });
        },
      }),
    );
    anchors.push(
      timeRuns(process.execPath, [eleventy, '--input=lessons', `--output=${eleventyOut}`, '--quiet'], {
        cwd: dir,
        runs: 1,
        before: () => rmSync(eleventyOut, { recursive: true, force: true }),
      }),
    );
  }
  const cold = median(colds);
  const anchor = median(anchors);
  report('build site, cold (no cache; median of 3)', cold, times(colds));
  const lessonDir = path.join(dir, 'lessons', 'data', 'data.c000');
  const lesson = path.join(lessonDir, readdirSync(lessonDir).sort()[0]);
  let n = 0;
  const changed = timeCli(args, { env, before: () => appendFileSync(lesson, `\nSite edit ${n++}.\n`) });
  report('build site, one lesson changed', changed);
  report('anchor: Eleventy 3 on the same lesson files (median of 3)', anchor, times(anchors));
  ratio('build site cold / Eleventy', cold.ms / anchor.ms, 1.0);
  ratio('build site one lesson changed / Eleventy', changed.ms / anchor.ms, 0.25);
  check('build site peak memory', Math.max(...colds.map((c) => c.peakMB), changed.peakMB), 'MB', 500);
}

function median(results) {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
}

function times(results) {
  return `(runs: ${results.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s)`;
}
