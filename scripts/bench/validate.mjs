// validate: cold, warm (cache), one lesson changed; beside markdownlint-cli2 on the same lesson files.
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, ratio, report, timeCli, timeRuns } from './lib.mjs';

const markdownlint = fileURLToPath(
  new URL('../../node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', import.meta.url),
);

export default async function (bench) {
  const { dir, work } = bench;
  const cacheDir = path.join(work, 'cache');
  const env = { CURRICULUM_CACHE_DIR: cacheDir };
  const cold = timeCli(['validate', dir, '--quiet'], {
    env,
    before: () => rmSync(cacheDir, { recursive: true, force: true }),
  });
  report('validate, cold (no cache)', cold);
  const warm = timeCli(['validate', dir, '--quiet'], { env });
  report('validate, warm (nothing changed)', warm);
  const lessonDir = path.join(dir, 'lessons', 'data', 'data.c000');
  const lesson = path.join(lessonDir, readdirSync(lessonDir).sort()[0]);
  let n = 0;
  const changed = timeCli(['validate', dir, '--quiet'], {
    env,
    before: () => appendFileSync(lesson, `\nEdit ${n++}.\n`),
  });
  report('validate, one lesson changed', changed);
  const anchor = timeRuns(process.execPath, [markdownlint, 'lessons/**/*.md'], {
    cwd: dir,
    runs: 1,
    allowFail: true,
  });
  report('anchor: markdownlint-cli2 on the lesson files', anchor);
  ratio('validate cold / markdownlint-cli2', cold.ms / anchor.ms, 0.5);
  check('validate warm', warm.ms / 1000, 's', 1.5);
  check('validate one lesson changed', changed.ms / 1000, 's', 2);
  check('validate peak memory (cold)', cold.peakMB, 'MB', 500);
  bench.results.validateCold = cold;
}
