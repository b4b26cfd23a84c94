import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFramework, testdir } from '../helpers/testdir.js';
import { errorsOf, summarize, validateDir, validateFiles } from '../helpers/validate-tree.js';

const roleWith = (extra: string) =>
  `id: deputy\ntitle: { vi: "Đại biểu", en: "Deputy" }\nrequires:\n  data.search: intermediate\n${extra}`;

describe('bad input gets a diagnostic at file:line:column', () => {
  it('reports invalid YAML at its position', async () => {
    const d = await validateFiles({ 'roles/deputy.yaml': 'id: deputy\ntitle: [unclosed\nrequires: {}\n' });
    expect(summarize(errorsOf(d))[0]).toMatch(/^yaml-syntax roles\/deputy\.yaml:\d+:\d+ /);
  });

  it('reports unclosed front matter', async () => {
    const d = await validateFiles({ 'lessons/search/basic.md': '---\nid: x\ncompetency: data.search\n' });
    expect(summarize(d)).toContainEqual(
      expect.stringMatching(/^front-matter lessons\/search\/basic\.md:1:1 Unclosed front matter/),
    );
  });

  it('reports a lesson without front matter', async () => {
    const d = await validateFiles({ 'lessons/search/basic.md': '# Just a body\n' });
    expect(summarize(d)).toContainEqual(expect.stringMatching(/^front-matter .*Missing front matter/));
  });

  it('reports an empty manifest and a missing one', async () => {
    expect(summarize(await validateFiles({ 'curriculum.yaml': '' }))).toContainEqual(
      expect.stringMatching(/^yaml-syntax curriculum\.yaml:1:1 File is empty/),
    );
    expect(summarize(await validateFiles({ 'curriculum.yaml': null }))).toEqual([
      expect.stringMatching(/^manifest curriculum\.yaml No curriculum\.yaml in /),
    ]);
  });

  it('reports a file that is not UTF-8, with the line of the bad byte', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('id: deputy\ntitle: "T'),
      Buffer.from([0xea]),
      Buffer.from('n"\nrequires: {}\n'),
    ]);
    const d = await validateFiles({ 'roles/deputy.yaml': latin1 });
    expect(summarize(d)).toContainEqual(
      'encoding roles/deputy.yaml:2:10 File is not valid UTF-8 (is it Latin-1 or Windows-1258?)',
    );
  });

  it('reports a UTF-16 file', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: deputy\n', 'utf16le')]);
    const d = await validateFiles({ 'roles/deputy.yaml': utf16 });
    expect(summarize(d)).toContainEqual(
      'encoding roles/deputy.yaml File is UTF-16; the format reads UTF-8 only',
    );
  });

  it('fails fast on a YAML alias bomb, at the alias', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    const d = await validateFiles({ 'roles/deputy.yaml': `${levels.join('\n')}\n` });
    expect(summarize(d)).toContainEqual(
      expect.stringMatching(
        /^yaml-syntax roles\/deputy\.yaml:2:\d+ YAML aliases expand to more than \d+ nodes/,
      ),
    );
  });

  it('rejects __proto__ and constructor keys as unknown fields, without polluting prototypes', async () => {
    const d = await validateFiles({
      'roles/deputy.yaml': roleWith('__proto__: { polluted: true }\nconstructor: x\n'),
    });
    expect(summarize(errorsOf(d))).toEqual([
      'schema roles/deputy.yaml:5:1 Unexpected field `__proto__`',
      'schema roles/deputy.yaml:6:1 Unexpected field `constructor`',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate keys', async () => {
    const d = await validateFiles({ 'roles/deputy.yaml': roleWith('title: again\n') });
    expect(summarize(errorsOf(d))[0]).toMatch(/^yaml-syntax roles\/deputy\.yaml:5:1 Map keys must be unique/);
  });

  it('reports wrong types at the offending node', async () => {
    const d = await validateFiles({
      'lessons/search/basic.md':
        '---\nid: data.search.basic.keywords\ncompetency: data.search\nlevel: basic\ntitle: "T"\nminutes: ten\n---\nBody\n',
    });
    expect(summarize(errorsOf(d))).toContainEqual(
      'schema lessons/search/basic.md:6:10 `minutes` must be an integer, got ten',
    );
  });

  it('suggests the field a typo meant', async () => {
    const d = await validateFiles({
      'roles/deputy.yaml':
        'id: deputy\ntitel: { vi: "Đại biểu", en: "Deputy" }\nrequires:\n  data.search: intermediate\n',
    });
    const typo = d.find((x) => x.message.includes('titel'));
    expect(typo).toMatchObject({ start: { line: 2, column: 1 }, hint: 'Did you mean `title`?' });
    expect(summarize(d)).toContainEqual('schema roles/deputy.yaml:1:1 Missing required field `title`');
  });

  it('reports duplicate ids across files, naming the first', async () => {
    const d = await validateFiles({ 'roles/copy.yaml': roleWith('') });
    expect(summarize(d)).toContainEqual(
      'duplicate-id roles/deputy.yaml:1:5 Duplicate role id `deputy`, first declared at roles/copy.yaml:1',
    );
  });

  it('reports dangling references with a suggestion', async () => {
    const d = await validateFiles({
      'roles/deputy.yaml':
        'id: deputy\ntitle: { vi: "Đ", en: "D" }\nrequires:\n  data.serch: intermediate\n  data.search: expert\n',
    });
    expect(summarize(errorsOf(d))).toEqual(
      expect.arrayContaining([
        'unknown-reference roles/deputy.yaml:4:3 Unknown competency `data.serch`',
        'unknown-reference roles/deputy.yaml:5:16 Unknown level `expert`',
      ]),
    );
    expect(d.find((x) => x.message.includes('data.serch'))?.hint).toBe('Did you mean `data.search`?');
  });

  it('reports answer keys that break the format table', async () => {
    const bad = [
      '- id: q.single',
      '  competency: data.search',
      '  level: basic',
      '  type: single',
      '  stem: { vi: "?", en: "?" }',
      '  choices:',
      '    - { text: { vi: "a", en: "a" }, correct: true }',
      '    - { text: { vi: "b", en: "b" }, correct: true }',
      '- id: q.tf',
      '  competency: data.search',
      '  level: basic',
      '  type: true-false',
      '  stem: { vi: "?", en: "?" }',
      '  answer: "yes"',
      '',
    ].join('\n');
    const d = await validateFiles({ 'questions/bad.yaml': bad });
    expect(summarize(errorsOf(d))).toEqual([
      'answer-key questions/bad.yaml:7:5 Question `q.single` of type single has 2 correct choices, expected exactly 1',
      'schema questions/bad.yaml:14:11 `[1].answer` must be a boolean, got "yes"',
    ]);
  });

  it('reports links that leave the root, go through a symlink out of it, or name a missing file', async () => {
    const root = await testdir(
      minimalFramework({
        'lessons/search/basic.md':
          '---\nid: data.search.basic.keywords\ncompetency: data.search\nlevel: basic\ntitle: "T"\nminutes: 5\n---\n[a](../../../secret.txt)\n\n![b](../../assets/missing.png)\n\n[c](/etc/passwd)\n\n[d](javascript:alert(1))\n\n![e](../../assets/out/file.txt)\n',
      }),
    );
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, '..', `outside-${path.basename(root)}.txt`), 'secret');
    symlinkSync(
      path.join(root, '..', `outside-${path.basename(root)}.txt`),
      path.join(root, 'assets', 'out'),
    );
    const lines = summarize(errorsOf(await validateDir(root)));
    expect(lines).toEqual([
      'link-outside-root assets/out Symbolic link leads outside the framework root',
      'link-outside-root lessons/search/basic.md:8:1 Link `../../../secret.txt` leaves the framework root',
      'missing-file lessons/search/basic.md:10:1 Link `../../assets/missing.png` names a missing file (assets/missing.png)',
      'link-outside-root lessons/search/basic.md:12:1 Link `/etc/passwd` is an absolute path',
      'unsafe-link lessons/search/basic.md:14:1 Unsafe link `javascript:alert(1)`: the javascript scheme runs code or embeds documents',
      'missing-file lessons/search/basic.md:16:1 Link `../../assets/out/file.txt` names a missing file (assets/out/file.txt)',
    ]);
  });

  it('reports unknown YAML tags instead of keeping them as strings', async () => {
    const d = await validateFiles({ 'roles/deputy.yaml': roleWith('description: !include other.yaml\n') });
    expect(summarize(d)).toContainEqual(
      expect.stringMatching(/^yaml-syntax roles\/deputy\.yaml:5:\d+ Unexpected YAML tag !include/),
    );
  });

  it('reports several documents in one file', async () => {
    const d = await validateFiles({ 'roles/deputy.yaml': `${roleWith('')}---\nid: other\n` });
    expect(summarize(d)).toContainEqual(
      expect.stringMatching(/^yaml-syntax roles\/deputy\.yaml:5:1 Unexpected second YAML document/),
    );
  });

  it('does not let version: 1.10 silently become 1.1', async () => {
    const d = await validateFiles({
      'curriculum.yaml': minimalFramework()
        ['curriculum.yaml']!.toString()
        .replace('version: 1.0.0', 'version: 1.10'),
    });
    const version = d.find((x) => x.message.includes('version'));
    expect(version).toMatchObject({
      file: 'curriculum.yaml',
      start: { line: 3, column: 10 },
      message: '`version` must be a string, got 1.10',
      hint: 'Quote the value to keep it as written: "1.10".',
    });
  });

  it('refuses files over the size limit', async () => {
    const d = await validateFiles({ 'questions/huge.yaml': `# ${'x'.repeat(3 * 1024 * 1024)}\n` });
    expect(summarize(d)).toContainEqual(
      'file-size questions/huge.yaml File is 3.0 MB, over the limit of 2 MB',
    );
  });

  it('bounds Markdown built to hang or overflow the parser', async () => {
    const lesson = (body: string) =>
      `---\nid: data.search.basic.keywords\ncompetency: data.search\nlevel: basic\ntitle: "T"\nminutes: 5\n---\n${body}\n`;
    const nested = await validateFiles({ 'lessons/search/basic.md': lesson('> '.repeat(20000)) });
    expect(summarize(nested)).toContainEqual(
      expect.stringMatching(
        /^markdown-limits lessons\/search\/basic\.md:8:1 Markdown nests 20000 quotes or lists deep/,
      ),
    );
    const emphasis = await validateFiles({ 'lessons/search/basic.md': lesson('*a'.repeat(20000)) });
    expect(summarize(emphasis)).toContainEqual(
      expect.stringMatching(/^markdown-limits .* 20000 emphasis or bracket marks/),
    );
    const table = await validateFiles({
      'lessons/search/basic.md': lesson(`${'| a '.repeat(2000)}|\n${'| - '.repeat(2000)}|`),
    });
    expect(summarize(table)).toContainEqual(
      expect.stringMatching(/^markdown-limits .* Table has \d+ columns, over the limit of 100/),
    );
  });

  it('reports a text without the source locale and a locale the manifest lacks', async () => {
    const d = await validateFiles({
      'roles/deputy.yaml':
        'id: deputy\ntitle: { en: "Deputy", fr: "Député" }\nrequires:\n  data.search: intermediate\n',
    });
    expect(summarize(d)).toEqual(
      expect.arrayContaining([
        'source-locale roles/deputy.yaml:2:8 Text lacks the source locale `vi` (has en, fr)',
        'unknown-locale roles/deputy.yaml:2:24 Unexpected locale `fr`, expected one of vi, en',
      ]),
    );
  });
});

describe('valid variants pass', () => {
  it('accepts a BOM, CRLF line ends, .yml and NFD-normalised Vietnamese', async () => {
    const base = minimalFramework();
    const crlf = (s: string | Uint8Array) => s.toString().replace(/\n/g, '\r\n');
    const d = await validateFiles({
      'curriculum.yaml': `\uFEFF${crlf(base['curriculum.yaml']!)}`,
      'roles/deputy.yaml': null,
      'roles/deputy.yml': crlf(base['roles/deputy.yaml']!).normalize('NFD'),
      'lessons/search/basic.md': `\uFEFF${crlf(base['lessons/search/basic.md']!).normalize('NFD')}`,
    });
    expect(d).toEqual([]);
  });

  it('reports in a stable order whatever order the files are found in', async () => {
    const overrides = {
      'roles/b.yaml': roleWith('x: 1\n').replace('deputy', 'b'),
      'roles/a.yaml': roleWith('y: 1\n').replace('deputy', 'a'),
    };
    const first = summarize(await validateFiles(overrides));
    const second = summarize(await validateFiles(Object.fromEntries(Object.entries(overrides).reverse())));
    expect(first).toEqual(second);
    expect(first).toEqual([
      'schema roles/a.yaml:5:1 Unexpected field `y`',
      'schema roles/b.yaml:5:1 Unexpected field `x`',
    ]);
  });
});
