// site: cold (no caches), one lesson changed (parse cache and output record), beside Eleventy 3 rendering the same lessons.
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, ratio, report, timeCli, timeRuns } from './lib.mjs';

const eleventy = fileURLToPath(new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));

export default async function (bench) {
  const { dir, work } = bench;
  const cacheDir = path.join(work, 'site-cache');
  const out = path.join(work, 'site');
  const env = { CURRICULUM_CACHE_DIR: cacheDir };
  const args = ['build', 'site', dir, '--out', out];
  const cold = timeCli(args, {
    env,
    runs: 1,
    before: () => rmSync(cacheDir, { recursive: true, force: true }),
  });
  report('build site, cold (no cache)', cold);
  const lessonDir = path.join(dir, 'lessons', 'data', 'data.c000');
  const lesson = path.join(lessonDir, readdirSync(lessonDir).sort()[0]);
  let n = 0;
  const changed = timeCli(args, { env, before: () => appendFileSync(lesson, `\nSite edit ${n++}.\n`) });
  report('build site, one lesson changed', changed);
  const anchor = timeRuns(
    process.execPath,
    [eleventy, '--input=lessons', `--output=${path.join(work, 'eleventy')}`, '--quiet'],
    { cwd: dir, runs: 1 },
  );
  report('anchor: Eleventy 3 on the same lesson files', anchor);
  ratio('build site cold / Eleventy', cold.ms / anchor.ms, 1.0);
  ratio('build site one lesson changed / Eleventy', changed.ms / anchor.ms, 0.25);
  check('build site peak memory', Math.max(cold.peakMB, changed.peakMB), 'MB', 500);
}
