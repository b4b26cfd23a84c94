import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankDir, buildBank, canValidate, inLocale, sourceQuestions, unzip, xmllint } from './helpers.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
});
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** All the text under a node, attributes left out. */
const textOf = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.map(textOf).join(' ')
      : v && typeof v === 'object'
        ? Object.entries(v)
            .filter(([k]) => !k.startsWith('@_'))
            .map(([, x]) => textOf(x))
            .join(' ')
        : '';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const dialects = [
  { name: 'qti21', v3: false, itemXsd: 'qti21/qtiv2p1/imsqti_v2p1.xsd', cpXsd: 'qti21/imscp_v1p1.xsd' },
  {
    name: 'qti30',
    v3: true,
    itemXsd: 'qti30/imsqti_asiv3p0_sbacv1p0_v1p0.xsd',
    cpXsd: 'qti30-cp/imsqtiv3p0_imscpv1p2_v1p0.xsd',
  },
] as const;

const source = sourceQuestions();
let out = '';
beforeAll(async () => {
  const built = await buildBank(['--format', 'qti21,qti30']);
  expect(built.result.code, built.result.stderr).toBe(0);
  out = built.out;
});

describe.each(dialects)('$name package', (d) => {
  const el = (n: string) => (d.v3 ? `qti-${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : n);
  const at = (n: string) => `@_${d.v3 ? n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : n}`;
  for (const locale of ['vi', 'en']) {
    describe(locale, () => {
      let zip: Map<string, Buffer>;
      const item = (id: string) => {
        const xml = zip.get(`items/${id}.xml`)?.toString('utf8');
        expect(xml, `items/${id}.xml`).toBeDefined();
        return { xml: xml!, root: (parser.parse(xml!) as Node)[el('assessmentItem')] as Node };
      };
      beforeAll(async () => {
        zip = await unzip(path.join(out, d.name, `qbank.${locale}.${d.name}.zip`));
      });

      it.each(source.map((q) => [q.type, q.id, q] as const))(
        '%s item %s matches its source',
        (type, id, q) => {
          const { xml, root } = item(id);
          expect(root['@_identifier']).toBe(id);
          expect(root['@_xml:lang']).toBe(locale);
          expect(xml).not.toMatch(/<script/i);
          const declaration = root[el('responseDeclaration')] as Node;
          const correct = arr((declaration[el('correctResponse')] as Node)[el('value')] as string | string[]);
          const outcomes = arr(root[el('outcomeDeclaration')] as Node[]);
          const max = outcomes.find((o) => o['@_identifier'] === 'MAXSCORE')!;
          expect(Number((max[el('defaultValue')] as Node)[el('value')])).toBe(Number(q.points ?? 1));
          const body = root[el('itemBody')] as Node;
          expect(squash(textOf(body))).toContain(
            squash(inLocale(q.stem, locale).replace(/<[^>]+>|[*`]|!\[.*\]\(.*\)/g, '')).split(' ')[0],
          );
          const choices = q.choices as { text: unknown; correct?: boolean; feedback?: unknown }[] | undefined;
          switch (type) {
            case 'single':
            case 'multiple': {
              const interaction = body[el('choiceInteraction')] as Node;
              expect(interaction[at('maxChoices')]).toBe(type === 'single' ? '1' : '0');
              const simple = arr(interaction[el('simpleChoice')] as Node[]);
              expect(simple).toHaveLength(choices!.length);
              expect(correct).toEqual(choices!.flatMap((c, i) => (c.correct ? [`C${i + 1}`] : [])));
              choices!.forEach((c, i) => {
                const text = squash(textOf(simple[i]));
                expect(text).toContain(squash(inLocale(c.text, locale).replace(/<[^>]+>|`/g, '')));
                if (c.feedback) expect(text).toContain(inLocale(c.feedback, locale));
              });
              if (type === 'multiple') {
                const entries = arr((declaration[el('mapping')] as Node)[el('mapEntry')] as Node[]);
                const sum = entries.reduce((s, e) => s + Math.max(0, Number(e[at('mappedValue')])), 0);
                expect(sum).toBeCloseTo(Number(q.points ?? 1));
              }
              break;
            }
            case 'true-false':
              expect(correct).toEqual([q.answer ? 'TRUE' : 'FALSE']);
              expect(arr((body[el('choiceInteraction')] as Node)[el('simpleChoice')] as Node[])).toHaveLength(
                2,
              );
              break;
            case 'short-answer': {
              expect(declaration[at('baseType')]).toBe('string');
              const keys = arr((declaration[el('mapping')] as Node)[el('mapEntry')] as Node[]).map(
                (e) => e[at('mapKey')],
              );
              expect(keys).toEqual((q.answers as unknown[]).map((a) => inLocale(a, locale)));
              expect(textOf(body)).toBeDefined();
              expect(JSON.stringify(body)).toContain(el('textEntryInteraction'));
              break;
            }
            case 'numeric': {
              expect(correct).toEqual([String(q.answer)]);
              const processing = JSON.stringify(root[el('responseProcessing')]);
              expect(processing).toContain(`"${at('tolerance')}":"${q.tolerance} ${q.tolerance}"`);
              break;
            }
            case 'matching': {
              const pairs = q.pairs as { left: unknown; right: unknown }[];
              expect(correct).toEqual(pairs.map((_, i) => `L${i + 1} R${i + 1}`));
              const sets = arr((body[el('matchInteraction')] as Node)[el('simpleMatchSet')] as Node[]);
              expect(sets).toHaveLength(2);
              const rights = arr(sets[1]![el('simpleAssociableChoice')] as Node[]).map((n) =>
                squash(textOf(n)),
              );
              expect(rights).toEqual(pairs.map((p) => inLocale(p.right, locale)));
              break;
            }
            case 'ordering': {
              const items = q.items as unknown[];
              expect(correct).toEqual(items.map((_, i) => `I${i + 1}`));
              const shown = arr((body[el('orderInteraction')] as Node)[el('simpleChoice')] as Node[]);
              expect(shown.map((n) => squash(textOf(n)))).toEqual(items.map((t) => inLocale(t, locale)));
              break;
            }
          }
          if (q.feedback) {
            expect(squash(textOf(root[el('modalFeedback')]))).toContain(inLocale(q.feedback, locale));
          }
        },
      );

      it('keeps hostile text as text: no script element, ampersands escaped, diacritics intact', () => {
        const { xml } = item('data.search.basic.single');
        expect(xml).toContain('&amp;');
        expect(xml).not.toContain('<script');
        if (locale === 'vi') expect(xml).toContain('Toán tử nào tìm');
        expect(xml).toContain('~ = # { } :');
      });

      it('lists every item, test and image in the manifest, and every href is in the zip', () => {
        const manifest = parser.parse(zip.get('imsmanifest.xml')!.toString('utf8')).manifest as Node;
        const resources = arr((manifest.resources as Node).resource as Node[]);
        const files = resources.flatMap((r) => arr(r.file as Node[]).map((f) => f['@_href'] as string));
        for (const file of files) expect(zip.has(file), file).toBe(true);
        for (const q of source) expect(files).toContain(`items/${q.id}.xml`);
        expect(files).toContain('assets/img/diagram.svg');
        expect(zip.get('assets/img/diagram.svg')).toEqual(
          readFileSync(path.join(bankDir, 'assets/img/diagram.svg')),
        );
        const single = resources.find((r) => r['@_identifier'] === 'item-data.search.basic.single')!;
        expect(JSON.stringify(single.metadata)).toContain('competency:data.search');
        expect(JSON.stringify(single.metadata)).toContain('points:2');
      });

      it('has a test per role and level, sections by competency, refs that resolve', () => {
        const tests = [...zip.keys()].filter((k) => k.startsWith('tests/')).sort();
        expect(tests).toEqual([
          'tests/clerk.advanced.xml',
          'tests/clerk.basic.xml',
          'tests/deputy.advanced.xml',
          'tests/deputy.basic.xml',
        ]);
        const test = (parser.parse(zip.get('tests/deputy.basic.xml')!.toString('utf8')) as Node)[
          el('assessmentTest')
        ] as Node;
        const sections = arr((test[el('testPart')] as Node)[el('assessmentSection')] as Node[]);
        expect(sections.map((s) => s['@_identifier'])).toEqual(['S-data.search', 'S-safety.privacy']);
        for (const section of sections) {
          for (const ref of arr(section[el('assessmentItemRef')] as Node[])) {
            expect(zip.has(path.posix.join('tests', ref['@_href'] as string))).toBe(true);
            expect(ref['@_category']).toMatch(/ basic$/);
          }
        }
      });
    });
  }

  it.skipIf(!canValidate)(
    'validates against the IMS XSDs (xmllint), both locales in one run per schema',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qti-xsd-'));
      const items: string[] = [];
      const manifests: string[] = [];
      for (const locale of ['vi', 'en']) {
        const zip = await unzip(path.join(out, d.name, `qbank.${locale}.${d.name}.zip`));
        for (const [name, data] of zip) {
          if (!name.endsWith('.xml')) continue;
          const file = path.join(dir, locale, name);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, data);
          (name === 'imsmanifest.xml' ? manifests : items).push(file);
        }
      }
      expect(items.length).toBeGreaterThan(2 * source.length);
      expect(xmllint(d.itemXsd, items)).toBe('');
      expect(xmllint(d.cpXsd, manifests)).toBe('');
    },
  );
});
