import type { XmlElement } from '../xml.js';
/** The two QTI versions the bank speaks: the same model, different namespaces and spellings. */
export interface QtiDialect {
  version: '2.1' | '3.0';
  namespace: string;
  schemaLocation: string;
  manifestNamespace: string;
  manifestSchemaLocation: string;
  itemResourceType: string;
  testResourceType: string;
  /** A QTI element name as written in 2.1 (`assessmentItem`) spelt for this version. */
  el(name: string): string;
  /** A QTI attribute name as written in 2.1 (`responseIdentifier`) spelt for this version. */
  at(name: string): string;
}

const kebabNames = new Map<string, string>();

// A few dozen distinct names are spelt hundreds of thousands of times in a large bank: remember each spelling.
function kebab(name: string): string {
  let spelt = kebabNames.get(name);
  if (spelt === undefined) {
    spelt = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    kebabNames.set(name, spelt);
  }
  return spelt;
}

/** QTI 2.1: camelCase names in imsqti_v2p1, packaged with IMS CP 1.1. */
export const qti21: QtiDialect = {
  version: '2.1',
  namespace: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
  schemaLocation:
    'http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
  manifestNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  manifestSchemaLocation:
    'http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
  itemResourceType: 'imsqti_item_xmlv2p1',
  testResourceType: 'imsqti_test_xmlv2p1',
  el: (name) => name,
  at: (name) => name,
};

/** QTI 3.0: `qti-` kebab-case elements and kebab-case attributes in imsqtiasi_v3p0, packaged with its CP profile. */
export const qti30: QtiDialect = {
  version: '3.0',
  namespace: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
  schemaLocation:
    'http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
  manifestNamespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
  manifestSchemaLocation:
    'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
  itemResourceType: 'imsqti_item_xmlv3p0',
  testResourceType: 'imsqti_test_xmlv3p0',
  el: (name) => `qti-${kebab(name)}`,
  at: kebab,
};

const ncName = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

/** A source id as a QTI identifier (an NCName): ids that start with a digit get a leading underscore. */
export function qtiIdentifier(id: string): string {
  return ncName.test(id) ? id : `_${id}`;
}

/** Adds a QTI element under `parent`, element and attribute names written in 2.1 and respelt for the dialect. */
export function qtiElement(
  d: QtiDialect,
  parent: XmlElement,
  name: string,
  attributes: Record<string, string | number | boolean | undefined> = {},
): XmlElement {
  const element = parent.ele(d.el(name));
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) element.att(d.at(key), String(value));
  }
  return element;
}
