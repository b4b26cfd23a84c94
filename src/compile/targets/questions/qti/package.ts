import type { Bank } from '../bank.js';
import { ZipBuilder } from '../zip.js';
import type { QtiDialect } from './dialect.js';
import { itemDocument } from './item.js';
import { type ManifestItem, manifestDocument } from './manifest.js';
import { itemPath, testDocument, testPath } from './test.js';

/** A QTI content package: `imsmanifest.xml`, `items/*.xml`, `tests/*.xml` and the images the items show. */
export async function qtiPackage(d: QtiDialect, bank: Bank): Promise<Uint8Array> {
  const zip = new ZipBuilder();
  const items: ManifestItem[] = [];
  const assets = new Set<string>();
  for (const question of bank.questions) {
    const item = itemDocument(d, bank, question);
    zip.add(itemPath(item.identifier), item.xml);
    items.push({ identifier: item.identifier, question, assets: item.assets });
    for (const asset of item.assets) assets.add(asset);
  }
  for (const test of bank.tests) zip.add(testPath(test), testDocument(d, bank, test));
  const assetList = [...assets].sort();
  for (const asset of assetList) zip.add(asset, await bank.readFile(asset));
  zip.add('imsmanifest.xml', manifestDocument(d, bank, items, bank.tests, assetList));
  return zip.finish(bank.timestamp);
}
