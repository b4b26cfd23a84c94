// site: cold (no caches), one lesson changed at its end and at its opening (parse cache and output record), beside
// Eleventy 3 rendering the same lessons. Cold builds and Eleventy runs are timed in pairs, side by side (which of the
// two goes first alternates), five pairs; the goal is read on the median of the pairs' ratios. This machine's speed
// moves by a third from one minute to the next: a pair shares its minute, so its ratio holds where a ratio of medians
// taken minutes apart does not.
//
// Each cold run (ours and Eleventy's) writes into a folder of its own, and the folders are removed only when the
// section is done. Removing a previous output just before a timed run measures the file system, not the tool: on
// ext4 without a journal (as on the machines this is measured on) a new inode skips every inode freed in the last
// 30 seconds, so creating 10,000 files after deleting 10,000 costs up to ten times as much system time, and more
// for a tool that makes a folder per page (Eleventy) than for one that does not.
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, ratio, report, timeCli, timeRuns } from './lib.mjs';

const eleventy = fileURLToPath(new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));

export default async function (bench) {
  const { dir, work } = bench;
  const env = (i) => ({ CURRICULUM_CACHE_DIR: path.join(work, `site-cache-${i}`) });
  const args = (i) => ['build', 'site', dir, '--out', path.join(work, `site-${i}`)];
  const folders = [];
  const colds = [];
  const anchors = [];
  const pairs = 5;
  for (let i = 0; i < pairs; i++) {
    folders.push(`site-cache-${i}`, `site-${i}`, `eleventy-${i}`);
    const ours = () => colds.push(timeCli(args(i), { env: env(i), runs: 1 }));
    const theirs = () =>
      anchors.push(
        timeRuns(
          process.execPath,
          [eleventy, '--input=lessons', `--output=${path.join(work, `eleventy-${i}`)}`, '--quiet'],
          { cwd: dir, runs: 1 },
        ),
      );
    if (i % 2 === 0) {
      ours();
      theirs();
    } else {
      theirs();
      ours();
    }
  }
  const cold = median(colds, (c) => c.ms);
  const anchor = median(anchors, (a) => a.ms);
  const pairRatios = colds.map((c, i) => c.ms / anchors[i].ms);
  report(`build site, cold (no cache; median of ${pairs})`, cold, times(colds));
  const lessonDir = path.join(dir, 'lessons', 'data', 'data.c000');
  const lesson = path.join(lessonDir, readdirSync(lessonDir).sort()[0]);
  let n = 0;
  // Rebuilds of the last cold build's output, with its caches.
  const changed = timeCli(args(pairs - 1), {
    env: env(pairs - 1),
    before: () => appendFileSync(lesson, `\nSite edit ${n++}.\n`),
  });
  report('build site, one lesson changed', changed);
  // An edit at the end of a lesson leaves its indexed text (its opening) as it was, so its locale's search index is
  // taken over; one at its opening rebuilds that index from the locale's kept texts.
  const opening = timeCli(args(pairs - 1), {
    env: env(pairs - 1),
    before: () => {
      const text = readFileSync(lesson, 'utf8');
      const frontMatterEnd = text.indexOf('\n---\n', 4);
      if (frontMatterEnd < 0) throw new Error(`${lesson} has no front matter to put an edit after`);
      const body = frontMatterEnd + '\n---\n'.length;
      writeFileSync(lesson, `${text.slice(0, body)}Opening edit ${n++}.\n${text.slice(body)}`);
    },
  });
  report("build site, one lesson's opening changed", opening);
  report(`anchor: Eleventy 3 on the same lesson files (median of ${pairs})`, anchor, times(anchors));
  console.log(`  cold / Eleventy, pair by pair: ${pairRatios.map((r) => r.toFixed(2)).join(', ')}`);
  ratio(
    'build site cold / Eleventy (median of the pairs)',
    median(pairRatios, (r) => r),
    1.0,
  );
  ratio('build site one lesson changed / Eleventy', changed.ms / anchor.ms, 0.25);
  ratio("build site one lesson's opening changed / Eleventy", opening.ms / anchor.ms, 0.25);
  check(
    'build site peak memory',
    Math.max(...colds.map((c) => c.peakMB), changed.peakMB, opening.peakMB),
    'MB',
    500,
  );
  for (const folder of folders) rmSync(path.join(work, folder), { recursive: true, force: true });
}

// The middle one of an odd number of values, by `by`.
function median(values, by) {
  const sorted = [...values].sort((a, b) => by(a) - by(b));
  return sorted[Math.floor(sorted.length / 2)];
}

function times(results) {
  return `(runs: ${results.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s)`;
}
