import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatters } from '../../src/diagnostics/formatters/index.js';

/** The escape character that starts every ANSI colour code. */
const ESC = String.fromCharCode(27);

const diagnostics: Diagnostic[] = [
  {
    ruleId: 'schema',
    severity: 'error',
    file: 'roles/deputy.yaml',
    start: { line: 2, column: 1 },
    message: 'Unexpected field `titel`',
    hint: 'Did you mean `title`?',
  },
  {
    ruleId: 'missing-translation',
    severity: 'warning',
    file: 'lessons/a, b.md',
    start: { line: 1, column: 5 },
    message: '100% sure: line one\nline two',
  },
  {
    ruleId: 'unneeded-content',
    severity: 'info',
    file: 'competencies/x.yaml',
    message: 'No role needs this',
  },
];
const options = {
  color: false,
  rootPrefix: 'curriculum/',
  toolVersion: '9.9.9',
  readSource: (file: string) =>
    file === 'roles/deputy.yaml' ? 'id: deputy\ntitel: x\nrequires: {}\n' : undefined,
};

describe('formatters', () => {
  it('pretty: file:line:col severity rule message, a code frame, a hint and a summary', () => {
    const out = formatters.pretty(diagnostics, options);
    expect(out).toContain('roles/deputy.yaml:2:1 error schema Unexpected field `titel`');
    expect(out).toContain('> 2 | titel: x');
    expect(out).toContain('hint: Did you mean `title`?');
    expect(out).toContain('✖ 1 error, 1 warning, 1 info in 3 files');
    expect(out).not.toContain(ESC);
  });

  it('pretty: colour only when asked', () => {
    expect(formatters.pretty(diagnostics, { ...options, color: true })).toContain(ESC);
  });

  it('json: parses back to the same diagnostics with a summary', () => {
    const report = JSON.parse(formatters.json(diagnostics, options));
    expect(report).toEqual({ version: 1, summary: { error: 1, warning: 1, info: 1 }, diagnostics });
  });

  it('sarif: a valid SARIF 2.1.0 log with repository paths, rules and levels', () => {
    const log = JSON.parse(formatters.sarif(diagnostics, options));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'curriculum', version: '9.9.9' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'missing-translation',
      'schema',
      'unneeded-content',
    ]);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'curriculum/roles/deputy.yaml' },
      region: { startLine: 2, startColumn: 1 },
    });
    expect(run.results[1].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'curriculum/lessons/a,%20b.md',
    );
    expect(run.results[2].locations[0].physicalLocation.region).toBeUndefined();
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('github: one workflow command per diagnostic, with %, CR, LF, : and , escaped', () => {
    const lines = formatters.github(diagnostics, options).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=curriculum/roles/deputy.yaml,line=2,col=1,title=schema::Unexpected field `titel`. Did you mean `title`?',
      '::warning file=curriculum/lessons/a%2C b.md,line=1,col=5,title=missing-translation::100%25 sure: line one%0Aline two',
      '::notice file=curriculum/competencies/x.yaml,title=unneeded-content::No role needs this',
    ]);
  });

  it('pretty: says so when there is nothing to report', () => {
    expect(formatters.pretty([], options)).toBe('✔ No problems found\n');
  });
});
