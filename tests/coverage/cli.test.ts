import { describe, expect, it } from 'vitest';
import { loadForBuild } from '../../src/compile/build.js';
import { isFailing } from '../../src/diagnostics/diagnostic.js';
import { runCli } from '../helpers/run-cli.js';
import { minimalFramework, testdir } from '../helpers/testdir.js';
import { mixedDir } from './load.js';

describe('curriculum coverage', () => {
  it('exits 0 and says so when every needed cell is covered', async () => {
    const result = await runCli(['coverage', await testdir(minimalFramework()), '--no-cache']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('deputy  Đại biểu  ✓ 2 needed cells covered  study time 10 min');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ Every needed cell is covered: 2 cells in 1 role',
    );
  });

  it('exits 1 when a needed cell is uncovered, in every format', async () => {
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'markdown', 'json']) {
      const result = await runCli(['coverage', mixedDir, '--no-cache', '--format', format]);
      expect(result.code, format).toBe(1);
      expect(result.stderr, format).toBe('');
      outputs[format] = result.stdout;
    }
    expect(JSON.parse(outputs.json!)).toMatchObject({
      version: 1,
      summary: { ok: false, uncoveredCells: 2 },
    });
  });

  it('--role focuses on one role, and its exit code follows that role', async () => {
    const result = await runCli(['coverage', mixedDir, '--no-cache', '--role', 'clerk', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.focus).toBe('clerk');
    expect(report.roles.map((r: { id: string }) => r.id)).toEqual(['clerk']);
  });

  it('refuses an unknown role, locale or format with exit 2', async () => {
    const role = await runCli(['coverage', mixedDir, '--no-cache', '--role', 'clerc']);
    expect(role).toMatchObject({ code: 2, stdout: '' });
    expect(role.stderr).toBe('curriculum: Unknown role clerc\nhint: Did you mean clerk?\n');
    const locale = await runCli(['coverage', mixedDir, '--no-cache', '--locale', 'fr']);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('Pick one of vi, en.');
    const format = await runCli(['coverage', mixedDir, '--no-cache', '--format', 'pdf']);
    expect(format.code).toBe(2);
  });

  it('reports files it could not read on stderr, counts without them and exits 1', async () => {
    const dir = await testdir(minimalFramework({ 'questions/extra.yaml': '- id: [broken\n' }));
    const result = await runCli(['coverage', dir, '--no-cache', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('questions/extra.yaml');
    expect(JSON.parse(result.stdout).summary.ok).toBe(true);
    const none = await runCli(['coverage', await testdir({ 'x.txt': '' }), '--no-cache']);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain('No curriculum.yaml');
  });
});

describe('coverage rules gate validate and builds', () => {
  it('validate exits 1 on a gap, pointing at the requirement line', async () => {
    const result = await runCli(['validate', mixedDir, '--no-cache', '--format', 'json']);
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; file: string }[] };
    const gaps = diagnostics.filter((d) => d.ruleId === 'coverage-gap');
    expect(gaps.map((d) => d.file)).toEqual(['roles/deputy.yaml', 'roles/deputy.yaml']);
  });

  it('the build loader fails on the same gaps', async () => {
    const loaded = await loadForBuild(mixedDir, false);
    expect(isFailing(loaded.diagnostics, false)).toBe(true);
    expect(loaded.diagnostics.filter((d) => d.ruleId === 'coverage-gap')).toHaveLength(2);
  });
});
