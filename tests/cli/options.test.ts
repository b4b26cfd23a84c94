import { readFileSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplateDir } from '../../src/compile/targets/site/templates.js';
import { runCli } from '../helpers/run-cli.js';
import { minimalFramework, testdir } from '../helpers/testdir.js';
import { fixture as siteFixture } from '../site/site-server.js';

// Options whose success path the other tests do not walk through the real CLI.
describe('command-line options', () => {
  it('--version prints the package version; --help lists the commands', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'coverage', 'build', 'diff', 'serve', 'init'])
      expect(help.stdout).toContain(command);
  });

  it('init --title and --locales write the manifest that validates', async () => {
    const root = path.join(await testdir({}), 'fw');
    const init = await runCli(['init', root, '--title', 'Kỹ năng số', '--locales', 'vi,en']);
    expect(init.code).toBe(0);
    const manifest = readFileSync(path.join(root, 'curriculum.yaml'), 'utf8');
    expect(manifest).toContain('Kỹ năng số');
    expect(manifest).toMatch(/locales:\s*\[?\s*-?\s*vi/);
    expect((await runCli(['validate', root, '--no-cache'])).code).toBe(0);
  });

  it('build site --templates overrides a template and --cache-dir holds the caches', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'curriculum-options-'));
    const templates = path.join(work, 'templates');
    await cp(path.join(siteFixture, '..', 'theme'), templates, { recursive: true });
    const layout = readFileSync(path.join(builtinTemplateDir, 'layout.hbs'), 'utf8');
    await writeFile(
      path.join(templates, 'layout.hbs'),
      layout.replace('</body>', '<!-- from --templates --></body>'),
    );
    const cacheDir = path.join(work, 'cache');
    const out = path.join(work, 'out');
    const build = () =>
      runCli(['build', 'site', siteFixture, '--out', out, '--templates', templates, '--cache-dir', cacheDir]);
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'vi/index.html'), 'utf8')).toContain('<!-- from --templates -->');
    expect(readFileSync(path.join(out, 'static/site.css'), 'utf8')).toContain('theme override');
    const again = await build();
    expect(again.stdout).toMatch(/\(0 of \d+ lesson and quiz pages made/);
  });

  it('CURRICULUM_TRACE=1 prints when each phase of a build ended, in order; without it stderr stays quiet', async () => {
    const root = await testdir(minimalFramework());
    const out = path.join(root, '..', `${path.basename(root)}-traced`);
    const traced = await runCli(['build', 'site', root, '--out', out, '--no-cache'], {
      env: { CURRICULUM_TRACE: '1' },
    });
    expect(traced.code, traced.stderr).toBe(0);
    const lines = traced.stderr.split('\n').filter((l) => l.startsWith('[trace]'));
    const phases = lines.map((l) => /^\[trace\] (\d+\.\d\d) s (.+)$/.exec(l));
    expect(phases.every(Boolean), traced.stderr).toBe(true);
    const names = phases.map((m) => m?.[2]);
    for (const phase of [
      'load start',
      'parsed',
      'checked',
      'site start',
      'planned',
      'pages made',
      'search done',
    ])
      expect(names).toContain(phase);
    expect(names.indexOf('parsed')).toBeLessThan(names.indexOf('site start'));
    expect(names.indexOf('planned')).toBeLessThan(names.indexOf('search done'));
    const seconds = phases.map((m) => Number(m?.[1]));
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));

    const quiet = await runCli(['build', 'site', root, '--out', out, '--no-cache'], {
      env: { CURRICULUM_TRACE: '' },
    });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('[trace]');
  });
});
