import type { Bank } from '../bank.js';
import { type ZipEntry, zipEntries } from '../zip.js';
import type { QtiDialect } from './dialect.js';
import { itemDocument } from './item.js';
import { type ManifestItem, manifestDocument } from './manifest.js';
import { itemPath, testDocument, testPath } from './test.js';

/** A QTI content package: `imsmanifest.xml`, `items/*.xml`, `tests/*.xml` and the images the items show. */
export async function qtiPackage(d: QtiDialect, bank: Bank): Promise<Uint8Array> {
  const entries: ZipEntry[] = [];
  const items: ManifestItem[] = [];
  const assets = new Set<string>();
  for (const question of bank.questions) {
    const item = itemDocument(d, bank, question);
    entries.push({ path: itemPath(item.identifier), data: item.xml });
    items.push({ identifier: item.identifier, question, assets: item.assets });
    for (const asset of item.assets) assets.add(asset);
  }
  for (const test of bank.tests) entries.push({ path: testPath(test), data: testDocument(d, bank, test) });
  const assetList = [...assets].sort();
  for (const asset of assetList) entries.push({ path: asset, data: await bank.readFile(asset) });
  entries.push({ path: 'imsmanifest.xml', data: manifestDocument(d, bank, items, bank.tests, assetList) });
  return zipEntries(entries, bank.timestamp);
}
