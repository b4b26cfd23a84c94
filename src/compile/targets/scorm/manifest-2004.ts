import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { type ManifestInput, ncName, type ScoItem, setAttributes } from './manifest-input.js';
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
  for (const lesson of m.lessons) item(cluster, lesson);
  lessonsSequencing(cluster, imsss, global);
  if (m.assessment)
    assessmentSequencing(item(organization, m.assessment), imsss, global, m.assessment.passScore);
  organizationSequencing(organization, imsss);

  const resources = root.ele(cp, 'resources');
  for (const sco of [...m.lessons, ...(m.assessment ? [m.assessment] : [])]) {
    const resource = setAttributes(
      resources.ele(cp, 'resource'),
      {
        identifier: ncName('R', sco.key),
        type: 'webcontent',
        'adlcp:scormType': 'sco',
        href: sco.href,
      },
      ns,
    );
    for (const file of sco.files) resource.ele(cp, 'file', { href: file });
    resource.ele(cp, 'dependency', { identifierref: 'R-shared' });
  }
  const shared = setAttributes(
    resources.ele(cp, 'resource'),
    {
      identifier: 'R-shared',
      type: 'webcontent',
      'adlcp:scormType': 'asset',
    },
    ns,
  );
  for (const file of m.shared) shared.ele(cp, 'file', { href: file });
  return doc.end({ prettyPrint: true, wellFormed: true });
}

function item(parent: XMLBuilder, sco: ScoItem): XMLBuilder {
  const el = parent.ele(cp, 'item', {
    identifier: ncName('I', sco.key),
    identifierref: ncName('R', sco.key),
  });
  el.ele(cp, 'title').txt(sco.title);
  return el;
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
