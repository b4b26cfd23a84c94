import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// V8 does not fail on a flag it does not know: it writes "unrecognized flag" to stderr, at every run of the CLI.
function stderrOf(script: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stderr;
}

describe('lowerInliningBudget', () => {
  it('sets a flag this V8 knows, without a word on stderr', () => {
    const module = pathToFileURL('dist/util/v8-tuning.js').href;
    expect(stderrOf(`import { lowerInliningBudget } from '${module}'; lowerInliningBudget();`)).toBe('');
  });

  it('would be caught setting one it does not know', () => {
    const script = `import v8 from 'node:v8'; v8.setFlagsFromString('--max-inlined-bytecode-size-cumulatve=150');`;
    expect(stderrOf(script)).toMatch(/unrecognized flag/);
  });
});
