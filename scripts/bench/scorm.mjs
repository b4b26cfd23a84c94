// scorm: every role × level package of the large framework in both editions, beside Info-ZIP's `zip -r` of the
// same package folders (unpacked from our zips), run side by side. Target: at most 2× zip's time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ratio, report, timeCli, timeRuns } from './lib.mjs';

export default async function (bench) {
  const { dir, work } = bench;
  const out = path.join(work, 'scorm');
  const env = { CURRICULUM_CACHE_DIR: path.join(work, 'cache') };
  // Cold: no parse cache either, so the time covers loading the framework as well as packaging it.
  const ours = timeCli(['build', 'scorm', dir, '--out', out], {
    env,
    runs: 2,
    before: () => rmSync(env.CURRICULUM_CACHE_DIR, { recursive: true, force: true }),
  });
  const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  report(`build scorm: ${zips.length} packages, both editions, cold`, ours);
  if (!existsSync('/usr/bin/zip')) {
    console.log('anchor skipped: /usr/bin/zip (Info-ZIP) is not installed');
    return;
  }
  const folders = path.join(work, 'scorm-folders');
  const again = path.join(work, 'scorm-zip');
  rmSync(folders, { recursive: true, force: true });
  mkdirSync(folders, { recursive: true });
  for (const zip of zips) {
    const r = spawnSync('unzip', ['-q', path.join(out, zip), '-d', path.join(folders, zip.slice(0, -4))]);
    if (r.status !== 0) throw new Error(`unzip ${zip} failed: ${r.stderr}`);
  }
  const script = `rm -rf "${again}" && mkdir -p "${again}" && for d in *; do (cd "$d" && zip -qr "${again}/$d.zip" .); done`;
  const anchor = timeRuns('sh', ['-c', script], { cwd: folders, runs: 2 });
  report('anchor: Info-ZIP zip -r of the same package folders', anchor);
  ratio('build scorm / zip -r', ours.ms / anchor.ms, 2);
  bench.results.scorm = ours;
}
