import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { minimalFramework, testdir } from '../helpers/testdir.js';

/** The escape character that starts every ANSI colour code. */
const ESC = String.fromCharCode(27);

const broken = {
  'roles/deputy.yaml': 'id: deputy\ntitel: { vi: "Đ", en: "D" }\nrequires:\n  data.search: intermediate\n',
};

describe('curriculum validate (the real bin)', () => {
  it('exits 0 and says so on a valid framework', async () => {
    const root = await testdir(minimalFramework());
    const result = await runCli(['validate', root, '--no-cache']);
    expect(result).toMatchObject({ code: 0, stdout: '✔ No problems found\n', stderr: '' });
  });

  it('exits 1 with file:line:col, a code frame and a hint on an invalid one', async () => {
    const root = await testdir(minimalFramework(broken));
    const result = await runCli(['validate', root, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('roles/deputy.yaml:2:1 error schema Unexpected field `titel`');
    expect(result.stdout).toContain('> 2 | titel: { vi: "Đ", en: "D" }');
    expect(result.stdout).toContain('hint: Did you mean `title`?');
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('defaults to ./curriculum when it holds curriculum.yaml', async () => {
    const root = await testdir(
      Object.fromEntries(Object.entries(minimalFramework()).map(([k, v]) => [`curriculum/${k}`, v])),
    );
    const result = await runCli(['validate', '--no-cache'], { cwd: root });
    expect(result.code).toBe(0);
  });

  it('--strict fails on warnings; --quiet hides them', async () => {
    const root = await testdir(minimalFramework({ 'lessons/search/basic.en.md': null }));
    expect((await runCli(['validate', root, '--no-cache'])).code).toBe(0);
    expect((await runCli(['validate', root, '--no-cache', '--strict'])).code).toBe(1);
    const quiet = await runCli(['validate', root, '--no-cache', '--quiet']);
    expect(quiet.stdout).toBe('✔ No problems found\n');
  });

  it('--format json, sarif and github print machine-readable reports', async () => {
    const root = await testdir(minimalFramework(broken));
    const json = JSON.parse((await runCli(['validate', root, '--no-cache', '--format', 'json'])).stdout);
    expect(json.summary.error).toBeGreaterThan(0);
    expect(json.diagnostics[0]).toMatchObject({ ruleId: 'schema', file: 'roles/deputy.yaml' });
    const sarif = JSON.parse((await runCli(['validate', root, '--no-cache', '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].results.length).toBe(json.diagnostics.length);
    const github = (
      await runCli(['validate', root, '--no-cache', '--format', 'github'], { cwd: path.dirname(root) })
    ).stdout;
    expect(github).toContain(
      `::error file=${path.basename(root)}/roles/deputy.yaml,line=2,col=1,title=schema::`,
    );
  });

  it('exits 2 with a message, not a stack, for usage errors', async () => {
    const missing = await runCli(['validate', '/no/such/folder']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(
      'curriculum: No such folder: /no/such/folder\nhint: Pass the folder that holds curriculum.yaml.\n',
    );
    const root = await testdir(minimalFramework());
    const file = await runCli(['validate', path.join(root, 'curriculum.yaml')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('Not a folder');
    expect((await runCli(['validate', root, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('exits 1 when the folder has no curriculum.yaml', async () => {
    const root = await testdir({ 'README.md': 'nothing here' });
    mkdirSync(path.join(root, 'roles'));
    const result = await runCli(['validate', root, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error manifest No curriculum.yaml in');
  });

  it('colours only with a terminal or FORCE_COLOR, never with NO_COLOR', async () => {
    const root = await testdir(minimalFramework(broken));
    const forced = await runCli(['validate', root, '--no-cache'], {
      env: { NO_COLOR: '', FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toContain(ESC);
    const off = await runCli(['validate', root, '--no-cache'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
  });
});
