import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { splitFrontMatter } from '../../src/load/front-matter.js';
import { type PathSegment, parseWithYaml, parseYaml, type YamlSource } from '../../src/load/yaml-document.js';
import { loadPlain } from '../../src/load/yaml-fast.js';

// The fast path (js-yaml) must give what the reference (`yaml`) gives: the same value, and the same line and column
// for every value and every key, or decline the document.

const repo = fileURLToPath(new URL('../..', import.meta.url));

function pathsOf(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function expectSameAsReference(text: string, lineOffset = 0): 'fast' | 'declined' {
  const fast = parseYaml(text, 'f.yaml', lineOffset);
  const reference = parseWithYaml(text, 'f.yaml', lineOffset);
  if (!loadPlain(text)) {
    expect(fast.diagnostics).toEqual(reference.diagnostics);
    expect(fast.source?.value).toEqual(reference.source?.value);
    return 'declined';
  }
  expect(reference.diagnostics).toEqual([]);
  const a = fast.source as YamlSource;
  const b = reference.source as YamlSource;
  expect(a.value).toEqual(b.value);
  for (const p of [...pathsOf(b.value), ['missing'], [0, 'missing', 'deeper']]) {
    expect({ p, at: a.locate(p) }).toEqual({ p, at: b.locate(p) });
    expect({ p, key: a.locate(p, 'key') }).toEqual({ p, key: b.locate(p, 'key') });
    expect(a.sourceOf(p)).toEqual(b.sourceOf(p));
  }
  return 'fast';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the fast YAML path', () => {
  it('reads every file of the bundled framework and the fixtures as the reference does', () => {
    let fast = 0;
    for (const file of [
      ...yamlFiles(path.join(repo, 'curriculum')),
      ...yamlFiles(path.join(repo, 'tests/fixtures')),
    ]) {
      let text = readFileSync(file, 'utf8');
      let offset = 0;
      if (file.endsWith('.md')) {
        const split = splitFrontMatter(text, file);
        if ('diagnostic' in split) continue;
        text = split.yaml;
        offset = split.yamlLineOffset;
      }
      if (expectSameAsReference(text, offset) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(200);
  });

  it.each([
    [
      'block and flow collections',
      'id: a\nlist:\n  - x\n  - { b: 1, c: [2, 3] }\n  -\n    k: v\n  - - nested\n    - more\nempty:\nflow: {}\nnone: []\n',
    ],
    [
      'comments everywhere',
      '# head\nid: a # trailing\ntitle:\n  # inside\n  en: x\n\n  vi: y\nlist: # here\n  # before item\n  - 1\n',
    ],
    ['block scalars', 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\nd: x\n'],
    [
      'quoted scalars and escapes',
      `a: "tab\\tnew\\nline \\u00e9 \\x41"\nb: 'it''s'\nc: "multi\n  line"\n"quoted key": 1\n'single': 2\n`,
    ],
    ['plain multi-line scalars', 'a: first\n  second\n  third\nb: x\n'],
    [
      'numbers as YAML 1.2 core reads them',
      'a: 1_000\nb: 0b11\nc: 0o17\nd: 0x1F\ne: .5\nf: 1e3\ng: +1\nh: -0\ni: .inf\nj: -.Inf\nk: .NaN\nl: 1.10\nm: 017\nn: 1.\no: 12345678901234567890\n',
    ],
    [
      'booleans and nulls',
      'a: yes\nb: no\nc: on\nd: True\ne: FALSE\nf: ~\ng: null\nh: Null\ni:\nj: NULL\nk: nil\n',
    ],
    ['dates stay strings', 'a: 2024-01-01\nb: 2024-01-01T10:00:00Z\n'],
    ['Vietnamese text and CRLF line ends', 'id: a\r\ntitle:\r\n  vi: "Tìm kiếm"\r\n  en: Search\r\n'],
    [
      'a top-level sequence of questions',
      '- id: q1\n  choices:\n    - { text: A, correct: true }\n    - text: B\n- id: q2\n  answer: 5\n',
    ],
    ['__proto__ as a key', '__proto__: { polluted: true }\nid: a\n'],
    ['explicit core tags', 'a: !!str 5\nb: !!int "7"\n'],
    ['values with indicators inside', 'a: "5 * 3 & more !"\nb: x: y\n'],
    [
      'empty values and comments after keys',
      'a:\nb: # note\n  x\nc: # only a comment\nlist:\n  -\n  - ~\n  - \nd: null\n',
    ],
    ['keys and colons', 'url: http://example.com/a:b\n"a: b": c\nk: v#notcomment\n'],
  ])('%s', (_name, text) => {
    expectSameAsReference(text);
  });

  it.each([
    ['anchors and aliases', 'a: &x { b: 1 }\nc: *x\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a non-string key', '1: a\n'],
    ['an unknown tag', 'a: !include other.yaml\n'],
    ['an empty document', '# nothing\n'],
    ['a merge key', 'base: { a: 1 }\nx:\n  <<: { b: 2 }\n'],
  ])('declines %s to the reference', (_name, text) => {
    const result = expectSameAsReference(text);
    if (!/merge/.test(_name)) expect(result).toBe('declined');
  });

  it('agrees with the reference on 300 seeded random documents in many styles', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const words = [
      'tìm kiếm',
      'a: b',
      '# not',
      '- x',
      'yes',
      '0x1F',
      '1.10',
      '',
      ' lead',
      'trail ',
      "it's",
      'say "hi"',
      'multi\nline',
      'ok',
      'Quốc hội',
      '@x',
      '%y',
      '`z`',
      '~',
      'null',
    ];
    const randomValue = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.4)
        return pick<unknown>([
          pick(words),
          Math.floor(random() * 1000) - 500,
          random() * 10,
          true,
          false,
          null,
        ]);
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
      const out: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(random() * 5); i++)
        out[pick(['id', 'title', 'en', 'vi', 'a b', 'k:', 'x', 'y'])] = randomValue(depth + 1);
      return out;
    };
    let fast = 0;
    for (let n = 0; n < 300; n++) {
      const value = { id: `d${n}`, body: randomValue(0) };
      const text =
        n % 3 === 0
          ? stringify(value, {
              collectionStyle: pick(['any', 'block', 'flow'] as const),
              lineWidth: pick([0, 20, 80]),
            })
          : jsyaml.dump(value, {
              flowLevel: pick([-1, 1, 2]),
              lineWidth: pick([-1, 20, 80]),
              quotingType: pick(["'", '"'] as const),
            });
      if (expectSameAsReference(text) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(250);
  });
});
