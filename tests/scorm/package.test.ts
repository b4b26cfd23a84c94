import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { buildFixture, fixture } from './build-once.js';
import { readZip, type ZipFileEntry } from './helpers/unzip.js';

const xsd = path.resolve('..', 'shared', 'xsd');
const hasXsd = existsSync(path.join(xsd, 'scorm12', '_all.xsd')) && existsSync('/usr/bin/xmllint');

let built: Awaited<ReturnType<typeof buildFixture>>;
const entries = new Map<string, ZipFileEntry[]>();

beforeAll(async () => {
  built = await buildFixture([], { SOURCE_DATE_EPOCH: '1700000000' });
  expect(built.code, built.stderr).toBe(0);
  for (const [name, zip] of built.zips) entries.set(name, await readZip(zip));
});

const manifestOf = (name: string) =>
  (entries.get(name)?.find((e) => e.name === 'imsmanifest.xml')?.data ?? Buffer.alloc(0)).toString('utf8');

describe('build scorm: the packages', () => {
  it('writes one zip per role × level × edition, named without dates', () => {
    expect([...built.zips.keys()]).toEqual([
      'fixture-deputy-basic-scorm12.zip',
      'fixture-deputy-basic-scorm2004.zip',
      'fixture-deputy-intermediate-scorm12.zip',
      'fixture-deputy-intermediate-scorm2004.zip',
      'fixture-staff-basic-scorm12.zip',
      'fixture-staff-basic-scorm2004.zip',
    ]);
    expect(built.stdout).toMatch(/Wrote 6 SCORM packages/);
  });

  it('is deterministic: sorted entries, mode 0644, the source date, same bytes in any time zone', async () => {
    const again = await buildFixture([], { SOURCE_DATE_EPOCH: '1700000000', TZ: 'Pacific/Kiritimati' });
    for (const [name, zip] of built.zips) {
      expect(again.zips.get(name)?.equals(zip), name).toBe(true);
      const list = entries.get(name) ?? [];
      const names = list.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      for (const e of list) {
        expect(e.mode).toBe(0o100644);
        expect(e.mtime.toISOString()).toBe('2023-11-14T22:13:20.000Z');
      }
    }
    execFileSync('unzip', ['-tq', path.join(built.out, 'fixture-deputy-basic-scorm12.zip')]);
  });

  it.each([
    'fixture-deputy-basic-scorm12.zip',
    'fixture-deputy-intermediate-scorm12.zip',
    'fixture-staff-basic-scorm12.zip',
  ])('lists every file, and every identifierref and href resolves: %s', (name) => checkReferences(name));
  it.each(['fixture-deputy-basic-scorm2004.zip', 'fixture-staff-basic-scorm2004.zip'])(
    'lists every file, and every identifierref and href resolves: %s',
    (name) => checkReferences(name),
  );

  it('carries metadata and the pass score in each edition’s terms', () => {
    const m12 = manifestOf('fixture-deputy-basic-scorm12.zip');
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m12).toContain('<imsmd:langstring xml:lang="vi">Tìm kiếm thông tin</imsmd:langstring>');
    expect(m12).toContain('<schemaversion>1.2</schemaversion>');
    const m2004 = manifestOf('fixture-deputy-basic-scorm2004.zip');
    expect(m2004).toContain('satisfiedByMeasure="true"');
    expect(m2004).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m2004).toMatch(/<version>\s*<string language="x-none">1\.2\.0<\/string>/);
  });

  it('is self-contained: no URL in a page loads anything from outside the package', () => {
    for (const list of entries.values()) {
      for (const e of list.filter((x) => /\.(html|css|js)$/.test(x.name))) {
        const text = e.data.toString('utf8');
        expect(text, e.name).not.toMatch(/(src|srcset)=["']?(https?:)?\/\//i);
        expect(text, e.name).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
        expect(text, e.name).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
        expect(text, e.name).not.toMatch(/@import/);
      }
    }
  });

  it('treats a question’s links as a lesson’s: no lesson file copied, a remote image dropped with a warning', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'scorm-links-')), 'fw');
    cpSync(fixture, root, { recursive: true });
    const bank = path.join(root, 'questions/search.yaml');
    const text = readFileSync(bank, 'utf8').replace(
      'stem: "Toán tử nào giới hạn kết quả trong **một trang web**?"',
      'stem: "Xem [bài](../lessons/search/basic-1.md) và ![ảnh](https://example.com/a.png): toán tử nào?"',
    );
    writeFileSync(bank, text);
    const out = path.join(root, '..', 'out');
    const result = await runCli(['build', 'scorm', root, '--out', out, '--questions', '7']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('questions/search.yaml');
    expect(result.stderr).toContain('Unexpected remote image https://example.com/a.png');
    const zip = await readZip(readFileSync(path.join(out, 'fixture-deputy-basic-scorm2004.zip')));
    expect(zip.map((e) => e.name).filter((n) => n.endsWith('.md'))).toEqual([]);
    const assessment = zip.find((e) => /assessment/.test(e.name) && e.name.endsWith('.html'));
    const html = assessment?.data.toString('utf8') ?? '';
    expect(html).toContain('toán tử nào?');
    expect(html).not.toContain('basic-1.md');
    expect(html).not.toContain('example.com');
  });

  describe.skipIf(!hasXsd)('XSD validation with xmllint (../shared/xsd)', () => {
    it.each([
      'fixture-deputy-basic-scorm12.zip',
      'fixture-deputy-intermediate-scorm12.zip',
      'fixture-staff-basic-scorm12.zip',
      'fixture-deputy-basic-scorm2004.zip',
      'fixture-deputy-intermediate-scorm2004.zip',
      'fixture-staff-basic-scorm2004.zip',
    ])('%s', (name) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'scorm-xsd-')), 'imsmanifest.xml');
      writeFileSync(file, manifestOf(name));
      const v12 = name.endsWith('scorm12.zip');
      const schema = path.join(xsd, v12 ? 'scorm12' : 'scorm2004', '_all.xsd');
      const env = v12
        ? process.env
        : { ...process.env, XML_CATALOG_FILES: path.join(xsd, 'scorm2004', 'catalog.xml') };
      const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output).toBe('');
    });
  });
});

function checkReferences(name: string): void {
  const files = new Set((entries.get(name) ?? []).map((e) => e.name));
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    isArray: () => true,
  }).parse(manifestOf(name)) as Record<string, unknown[]>;
  const items: Record<string, string>[] = [];
  const resources: Record<string, unknown>[] = [];
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, key);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (key === 'item') items.push(node as Record<string, string>);
    if (key === 'resource') resources.push(node as Record<string, unknown>);
    for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(doc, '');
  const ids = new Set(resources.map((r) => String(r['@identifier'])));
  for (const item of items)
    if (item['@identifierref']) expect(ids.has(String(item['@identifierref']))).toBe(true);
  const listed = new Set<string>();
  for (const r of resources) {
    if (r['@href']) expect(files.has(String(r['@href'])), String(r['@href'])).toBe(true);
    for (const f of (r.file as Record<string, string>[] | undefined) ?? []) {
      expect(files.has(String(f['@href'])), String(f['@href'])).toBe(true);
      listed.add(String(f['@href']));
    }
    for (const d of (r.dependency as Record<string, string>[] | undefined) ?? [])
      expect(ids.has(String(d['@identifierref']))).toBe(true);
  }
  expect([...files].filter((f) => f !== 'imsmanifest.xml' && !listed.has(f))).toEqual([]);
}
