import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

describe('curriculum init', () => {
  it('scaffolds a framework that validates with no warnings, with schema modelines that resolve', async () => {
    const root = path.join(await testdir({}), 'fw');
    const init = await runCli(['init', root, '--id', 'my-skills']);
    expect(init.code).toBe(0);
    const manifest = readFileSync(path.join(root, 'curriculum.yaml'), 'utf8');
    expect(manifest).toContain('id: my-skills');
    const modeline = /\$schema=(\S+)/.exec(manifest)?.[1];
    expect(JSON.parse(readFileSync(path.resolve(root, modeline!), 'utf8')).$id).toMatch(
      /manifest\.schema\.json$/,
    );
    const validate = await runCli(['validate', root, '--strict', '--no-cache']);
    expect(validate).toMatchObject({ code: 0, stdout: '✔ No problems found\n' });
  });

  it('refuses to overwrite a framework without --force, with exit code 2', async () => {
    const root = await testdir({});
    expect((await runCli(['init', root])).code).toBe(0);
    const again = await runCli(['init', root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already holds curriculum.yaml');
    expect((await runCli(['init', root, '--force'])).code).toBe(0);
  });

  it('rejects an invalid id', async () => {
    const result = await runCli(['init', await testdir({}), '--id', 'Not Valid']);
    expect(result.code).toBe(2);
  });
});
