import { HtmlValidate } from 'html-validate';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { coverageReporters } from '../../src/coverage/format/index.js';
import type { CoverageJson } from '../../src/coverage/format/json.js';
import { matrixOf, mixedDir } from './load.js';

const options = { color: false, locale: 'en' };
const esc = String.fromCharCode(27);

describe('coverage report formats', () => {
  it('json: parses back to the documented shape, version first', async () => {
    const matrix = await matrixOf(mixedDir);
    const text = coverageReporters.json(matrix, options);
    const report = JSON.parse(text) as CoverageJson;
    expect(Object.keys(report)[0]).toBe('version');
    expect(report.version).toBe(1);
    expect(Object.keys(report)).toEqual([
      'version',
      'framework',
      'sourceLocale',
      'levels',
      'minQuestions',
      'focus',
      'summary',
      'roles',
      'competencies',
    ]);
    const deputy = report.roles.find((r) => r.id === 'deputy')!;
    expect(deputy.requirements[1]).toEqual({
      competency: 'data.search',
      level: 'intermediate',
      status: 'ok',
      cells: [
        { level: 'basic', lessons: 1, questions: 3, minutes: 10, covered: true },
        { level: 'intermediate', lessons: 0, questions: 1, minutes: 0, covered: false },
      ],
    });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('text: a table per role with marks that need no colour', async () => {
    const text = coverageReporters.text(await matrixOf(mixedDir), options);
    expect(text).not.toContain(`${esc}[`);
    expect(text).toContain('deputy  Deputy  ✗ 2 of 6 needed cells uncovered  study time 1 h 25 min');
    expect(text).toMatch(/data\.search +✓ 1\/3 +✗ 0\/1 +· 1\/2\n/);
    expect(text).toContain('! requires specialized, above its highest level');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 of 7 needed cells uncovered in 1 of 2 roles; 1 invalid requirement',
    );
    expect(coverageReporters.text(await matrixOf(mixedDir), { ...options, color: true })).toContain(
      `${esc}[31m`,
    );
  });

  it('markdown: GFM tables a pull-request comment renders, gaps listed first', async () => {
    const markdown = coverageReporters.markdown(await matrixOf(mixedDir), options);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const tables: string[][][] = [];
    visit(tree, 'table', (table) => {
      tables.push(
        table.children.map((row) =>
          row.children.map((cell) =>
            cell.children
              .map((n) =>
                'value' in n
                  ? n.value
                  : 'children' in n
                    ? n.children.map((c) => ('value' in c ? c.value : '')).join('')
                    : '',
              )
              .join(''),
          ),
        ),
      );
    });
    expect(tables).toHaveLength(3);
    expect(tables[0]![2]).toEqual(['deputy Deputy', '6', '2 ❌', '1 h 25 min']);
    const deputy = tables[2]!;
    expect(deputy[0]).toEqual(['competency', 'basic', 'intermediate', 'advanced', 'specialized']);
    expect(deputy[2]).toEqual(['data.search', '✅ 1 / 3', '❌ 0 / 1', '· 1 / 2', '']);
    expect(markdown).toContain(
      '- `deputy` needs `data.search` at `intermediate`: 0 lessons, 1 of 2 questions',
    );
  });

  it('html: valid, self-contained, no script', async () => {
    const html = coverageReporters.html(await matrixOf(mixedDir), options);
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off' },
    }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:/i);
  });

  it('every format is deterministic', async () => {
    const matrix = await matrixOf(mixedDir);
    for (const reporter of Object.values(coverageReporters)) {
      expect(reporter(await matrixOf(mixedDir), options)).toBe(reporter(matrix, options));
    }
  });
});
