import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { minimalFramework, testdir } from '../helpers/testdir.js';

/** Every file below `dir` with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out[name] = createHash('sha1').update(readFileSync(file)).digest('hex');
  }
  return out;
}

describe('curriculum build (every target)', () => {
  it('writes the site, the SCORM packages and the question banks, with a summary per target', async () => {
    const root = await testdir(minimalFramework());
    const out = path.join(root, '..', `${path.basename(root)}-dist`);
    const result = await runCli(['build', root, '--out', out, '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^site → .*\nscorm → .*: \d+ SCORM packages.*\nquestions → .*question banks.*\nBuilt 3 targets/,
    );
    expect(readdirSync(out).sort()).toEqual(['questions', 'scorm', 'site']);
    expect(readdirSync(path.join(out, 'scorm'))).toContain('test-framework-deputy-basic-scorm12.zip');
  });

  it('is reproducible: the same input gives byte-identical output, in any time zone', async () => {
    const root = await testdir(minimalFramework());
    const a = path.join(root, '..', `${path.basename(root)}-a`);
    const b = path.join(root, '..', `${path.basename(root)}-b`);
    expect(
      (await runCli(['build', root, '--out', a, '--no-cache'], { env: { TZ: 'Asia/Ho_Chi_Minh' } })).code,
    ).toBe(0);
    expect(
      (await runCli(['build', root, '--out', b, '--no-cache'], { env: { TZ: 'America/New_York' } })).code,
    ).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('leaves the previous output untouched when the framework is invalid', async () => {
    const root = await testdir(minimalFramework());
    const out = path.join(root, '..', `${path.basename(root)}-keep`);
    expect((await runCli(['build', root, '--out', out, '--no-cache'])).code).toBe(0);
    const before = snapshot(out);
    writeFileSync(
      path.join(root, 'roles', 'deputy.yaml'),
      'id: deputy\ntitle: x\nrequires:\n  data.search: nowhere\n',
    );
    const failed = await runCli(['build', root, '--out', out, '--no-cache']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Unknown level `nowhere`');
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses an output folder that holds or sits inside the sources', async () => {
    const root = await testdir(minimalFramework());
    const inside = await runCli(['build', root, '--out', path.join(root, 'dist'), '--no-cache']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("inside the framework's sources");
  });
});
