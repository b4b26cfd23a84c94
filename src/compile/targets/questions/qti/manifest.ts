import type { Question } from '../../../../model/types.js';
import { areaOf, type Bank, type BankTest } from '../bank.js';
import { numberText } from '../scoring.js';
import type { XmlElement } from '../xml.js';
import { xmlRoot } from '../xml.js';
import type { QtiDialect } from './dialect.js';
import { itemPath, testPath } from './test.js';

const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
const lom21 = 'http://www.imsglobal.org/xsd/imsmd_v1p2';
const lom30 = 'http://ltsc.ieee.org/xsd/LOM';

/** An item as the manifest lists it: its QTI identifier, the question, and the assets it needs. */
export interface ManifestItem {
  identifier: string;
  question: Question;
  assets: readonly string[];
}

/** The package's `imsmanifest.xml`: a resource per item (with id, area, competency, level and points as LOM keywords), per test, and one for the assets. */
export function manifestDocument(
  d: QtiDialect,
  bank: Bank,
  items: readonly ManifestItem[],
  tests: readonly BankTest[],
  assets: readonly string[],
): string {
  const root = xmlRoot('manifest', {
    xmlns: d.manifestNamespace,
    'xmlns:xsi': xsi,
    'xsi:schemaLocation': d.manifestSchemaLocation,
    identifier: `MANIFEST-${bank.name}.${bank.locale}`,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt(d.version === '3.0' ? 'QTI Package' : 'QTIv2.1 Package');
  metadata.ele('schemaversion').txt(d.version === '3.0' ? '3.0.0' : '1.0.0');
  root.ele('organizations');
  const resources = root.ele('resources');
  for (const item of items) {
    const href = itemPath(item.identifier);
    const resource = resources.ele('resource', {
      identifier: `item-${item.question.id}`,
      type: d.itemResourceType,
      href,
    });
    keywords(d, bank, resource.ele('metadata'), item.question);
    resource.ele('file', { href });
    if (item.assets.length > 0) resource.ele('dependency', { identifierref: 'assets' });
  }
  for (const test of tests) {
    const href = testPath(test);
    const resource = resources.ele('resource', {
      identifier: `test-${test.id}`,
      type: d.testResourceType,
      href,
    });
    resource.ele('file', { href });
    for (const section of test.sections) {
      for (const q of section.questions) resource.ele('dependency', { identifierref: `item-${q.id}` });
    }
  }
  if (assets.length > 0) {
    const resource = resources.ele('resource', { identifier: 'assets', type: 'webcontent' });
    for (const asset of assets) resource.ele('file', { href: asset });
  }
  return root.end();
}

function keywords(d: QtiDialect, bank: Bank, metadata: XmlElement, q: Question): void {
  const values = [
    `id:${q.id}`,
    `area:${areaOf(bank, q)}`,
    `competency:${q.competency}`,
    `level:${q.level}`,
    `points:${numberText(q.points)}`,
    `type:${q.type}`,
  ];
  if (d.version === '3.0') {
    const general = metadata.ele('lom', { xmlns: lom30 }).ele('general');
    const identifier = general.ele('identifier');
    identifier.ele('catalog').txt(bank.framework.manifest.id);
    identifier.ele('entry').txt(q.id);
    for (const v of values) general.ele('keyword').ele('string', { language: bank.locale }).txt(v);
    return;
  }
  const general = metadata.ele('imsmd:lom', { 'xmlns:imsmd': lom21 }).ele('imsmd:general');
  general.ele('imsmd:identifier').txt(q.id);
  for (const v of values) {
    general.ele('imsmd:keyword').ele('imsmd:langstring', { 'xml:lang': bank.locale }).txt(v);
  }
}
