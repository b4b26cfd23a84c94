import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('the bundled framework in curriculum/', () => {
  it('passes validate --strict with full coverage and no warnings', async () => {
    const result = await runCli(['validate', 'curriculum', '--strict', '--no-cache']);
    expect(result.stdout).toBe('✔ No problems found\n');
    expect(result.code).toBe(0);
  });
});
