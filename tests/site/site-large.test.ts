import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// The benchmark's generator, scaled down: a framework large enough to be parsed and rendered on worker threads.
import { generate } from '../../scripts/bench/generate.mjs';
import { runCli } from '../helpers/run-cli.js';

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

describe('curriculum build site on a framework large enough for worker threads', () => {
  let work: string;
  let root: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'curriculum-site-large-'));
    root = await generate(path.join(work, 'fw'), { competencies: 12 });
  });

  it('gives, with lessons parsed once and their bodies prepared on workers, the bytes one thread gives', async () => {
    const pooled = path.join(work, 'pooled');
    const single = path.join(work, 'single');
    const built = await runCli(['build', 'site', root, '--out', pooled, '--no-cache']);
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain('(576 of 576 lesson and quiz pages made');
    expect(
      (
        await runCli(['build', 'site', root, '--out', single, '--no-cache'], {
          env: { CURRICULUM_THREADS: '1' },
        })
      ).code,
    ).toBe(0);
    // Compared by digest: a deep comparison of 11 MB of bytes would take the test half a minute.
    const digests = (dir: string) =>
      walk(dir)
        .sort()
        .map(
          (file) =>
            `${file} ${createHash('sha1')
              .update(readFileSync(path.join(dir, file)))
              .digest('hex')}`,
        );
    expect(digests(single)).toEqual(digests(pooled));
    // The scratch folder the prepared bodies were kept in is gone.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('curriculum-bodies-'))).toEqual([]);
  });

  it('records the keys its workers worked out as a later build works them out: a title edit remakes a few pages', async () => {
    const out = path.join(work, 'incremental');
    const env = { CURRICULUM_CACHE_DIR: path.join(work, 'cache') };
    const build = () => runCli(['build', 'site', root, '--out', out], { env });
    expect((await build()).stdout).toContain('(576 of 576 ');
    const indexBefore = readFileSync(path.join(out, 'vi/search-index.js'), 'utf8');
    // A title is not a body: every page's key is worked out again here, and compared with the recorded ones.
    const lesson = path.join(root, 'lessons/data/data.c000/basic-1.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^title: .*$/m, 'title: { vi: "Tên mới" }'));
    const rebuilt = await build();
    const made = Number(/\((\d+) of 576 /.exec(rebuilt.stdout)?.[1]);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(20);
    // Its search index (titles are indexed) was built on a worker while the other pages were taken over: it is the
    // one a build from scratch writes.
    const scratch = path.join(work, 'scratch');
    expect((await runCli(['build', 'site', root, '--out', scratch, '--no-cache'])).code).toBe(0);
    expect(readFileSync(path.join(out, 'vi/search-index.js'), 'utf8')).not.toBe(indexBefore);
    for (const index of ['vi/search-index.js', 'en/search-index.js'])
      expect(readFileSync(path.join(out, index), 'utf8'), index).toBe(
        readFileSync(path.join(scratch, index), 'utf8'),
      );
  });

  it('stops with exit 1 and writes nothing when the checks after the parse find an error', async () => {
    // Every file parses (on workers); the checks that come after find a role requiring an unknown competency.
    const broken = path.join(work, 'broken');
    cpSync(root, broken, { recursive: true });
    writeFileSync(
      path.join(broken, 'roles/role-0.yaml'),
      'id: role-0\ntitle: { vi: "Vai trò 0" }\nrequires:\n  nowhere.c999: basic\n',
    );
    const out = path.join(work, 'broken-out');
    const built = await runCli(['build', 'site', broken, '--out', out, '--no-cache']);
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/roles\/role-0\.yaml:4:\d+.*nowhere\.c999/);
    expect(existsSync(out)).toBe(false);
  });
});
