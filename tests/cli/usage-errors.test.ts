import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const out = () => mkdtempSync(path.join(tmpdir(), 'curriculum-usage-'));

// Each usage error through the real bin: exit 2, what is wrong, and a hint that says what to do.
describe('usage errors name the problem and the fix', () => {
  it.each([
    [
      ['build', 'exam', 'curriculum', '--role', 'deputy', '--level', 'basic', '--count', 'many'],
      'Unexpected --count many',
      'hint: Pass how many questions the paper holds',
    ],
    [
      ['build', 'exam', 'curriculum', '--role', 'council-delegate', '--level', 'specialized'],
      'The role council-delegate needs no competency at level specialized',
      'hint: Pick a level the role requires',
    ],
    [
      ['build', 'scorm', 'curriculum', '--questions', '0'],
      'Unexpected --questions 0',
      'hint: Pass how many questions per competency',
    ],
    [['build', 'scorm', 'curriculum', '--role', 'mayor'], 'mayor', 'hint:'],
    [['serve', 'curriculum', '--port', '70000'], 'Unexpected --port 70000', 'hint: Pass --port 0'],
  ])('%j', async (args, message, hint) => {
    const result = await runCli([...args, '--out', out(), '--no-cache']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(hint);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
