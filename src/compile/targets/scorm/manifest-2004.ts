import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { type ManifestInput, setAttributes } from './manifest-input.js';
import { item, resources } from './manifest-parts.js';
import { assessmentSequencing, lessonsSequencing, organizationSequencing } from './sequencing-2004.js';

const cp = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const adlcp = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const adlseq = 'http://www.adlnet.org/xsd/adlseq_v1p3';
const adlnav = 'http://www.adlnet.org/xsd/adlnav_v1p3';
const imsss = 'http://www.imsglobal.org/xsd/imsss';
const lom = 'http://ltsc.ieee.org/xsd/LOM';
const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
const ns = { adlcp, adlseq, adlnav, imsss };

/**
 * imsmanifest.xml for SCORM 2004 4th edition. Lessons sit in one cluster that flows in order; the assessment
 * opens once every lesson is completed (a global objective that the cluster writes and the assessment reads)
 * and is satisfied by measure against the pass score. Players without sequencing show the items in order.
 */
export function manifest2004(m: ManifestInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = setAttributes(
    doc.ele(cp, 'manifest'),
    {
      identifier: m.identifier,
      version: m.version,
      'xmlns:adlcp': adlcp,
      'xmlns:adlseq': adlseq,
      'xmlns:adlnav': adlnav,
      'xmlns:imsss': imsss,
      'xmlns:xsi': xsi,
      'xsi:schemaLocation': [
        `${cp} imscp_v1p1.xsd`,
        `${adlcp} adlcp_v1p3.xsd`,
        `${adlseq} adlseq_v1p3.xsd`,
        `${adlnav} adlnav_v1p3.xsd`,
        `${imsss} imsss_v1p0.xsd`,
        `${lom} lom.xsd`,
      ].join(' '),
    },
    ns,
  );
  const metadata = root.ele(cp, 'metadata');
  metadata.ele(cp, 'schema').txt('ADL SCORM');
  metadata.ele(cp, 'schemaversion').txt('2004 4th Edition');
  lomMetadata(metadata.ele(lom, 'lom'), m);

  const organization = root
    .ele(cp, 'organizations', { default: 'ORG' })
    .ele(cp, 'organization', { identifier: 'ORG' })
    .att(adlseq, 'adlseq:objectivesGlobalToSystem', 'false');
  organization.ele(cp, 'title').txt(m.title);
  const global = `${m.identifier}.lessons-completed`;
  const cluster = organization.ele(cp, 'item', { identifier: 'I-lessons' });
  cluster.ele(cp, 'title').txt(m.lessonsTitle);
  for (const lesson of m.lessons) item(cluster, lesson, cp);
  lessonsSequencing(cluster, imsss, global);
  if (m.assessment)
    assessmentSequencing(item(organization, m.assessment, cp), imsss, global, m.assessment.passScore);
  organizationSequencing(organization, imsss);

  resources(root, m, { cp, ns, scormTypeAttribute: 'adlcp:scormType' });
  return doc.end({ prettyPrint: true, wellFormed: true });
}

function lomMetadata(root: XMLBuilder, m: ManifestInput): void {
  const general = root.ele(lom, 'general');
  general.ele(lom, 'title').ele(lom, 'string', { language: m.locale }).txt(m.title);
  general.ele(lom, 'language').txt(m.locale);
  if (m.description)
    general.ele(lom, 'description').ele(lom, 'string', { language: m.locale }).txt(m.description);
  for (const keyword of m.keywords)
    general.ele(lom, 'keyword').ele(lom, 'string', { language: m.locale }).txt(keyword);
  root.ele(lom, 'lifeCycle').ele(lom, 'version').ele(lom, 'string', { language: 'x-none' }).txt(m.version);
}
