import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { type ManifestInput, setAttributes } from './manifest-input.js';
import { item, resources } from './manifest-parts.js';

const cp = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const imsmd = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
const ns = { adlcp, imsmd };

/** imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2, IMS MD 1.2.1 metadata). */
export function manifest12(m: ManifestInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = setAttributes(
    doc.ele(cp, 'manifest'),
    {
      identifier: m.identifier,
      version: m.version,
      'xmlns:adlcp': adlcp,
      'xmlns:imsmd': imsmd,
      'xmlns:xsi': xsi,
      'xsi:schemaLocation': `${cp} imscp_rootv1p1p2.xsd ${imsmd} imsmd_rootv1p2p1.xsd ${adlcp} adlcp_rootv1p2.xsd`,
    },
    ns,
  );
  const metadata = root.ele(cp, 'metadata');
  metadata.ele(cp, 'schema').txt('ADL SCORM');
  metadata.ele(cp, 'schemaversion').txt('1.2');
  const general = metadata.ele(imsmd, 'imsmd:lom').ele(imsmd, 'imsmd:general');
  langString(general.ele(imsmd, 'imsmd:title'), m.locale, m.title);
  general.ele(imsmd, 'imsmd:language').txt(m.locale);
  if (m.description) langString(general.ele(imsmd, 'imsmd:description'), m.locale, m.description);
  for (const keyword of m.keywords) langString(general.ele(imsmd, 'imsmd:keyword'), m.locale, keyword);
  const lifecycle = general.up().ele(imsmd, 'imsmd:lifecycle');
  langString(lifecycle.ele(imsmd, 'imsmd:version'), m.locale, m.version);

  const organization = root
    .ele(cp, 'organizations', { default: 'ORG' })
    .ele(cp, 'organization', { identifier: 'ORG' });
  organization.ele(cp, 'title').txt(m.title);
  for (const lesson of m.lessons) item(organization, lesson, cp);
  if (m.assessment) {
    item(organization, m.assessment, cp)
      .ele(adlcp, 'adlcp:masteryscore')
      .txt(String(Math.round(m.assessment.passScore * 100)));
  }

  resources(root, m, { cp, ns, scormTypeAttribute: 'adlcp:scormtype' });
  return doc.end({ prettyPrint: true, wellFormed: true });
}

function langString(parent: XMLBuilder, locale: string, text: string): void {
  parent
    .ele(imsmd, 'imsmd:langstring')
    .att('http://www.w3.org/XML/1998/namespace', 'xml:lang', locale)
    .txt(text);
}
