import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { type ManifestInput, ncName, type ScoItem, setAttributes } from './manifest-input.js';

/** What differs between the editions in the parts they share: the CP namespace and ADL's spelling of scormType. */
export interface Edition {
  cp: string;
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
  ns: Record<string, string>;
}

/** An organization item pointing at its SCO's resource. */
export function item(parent: XMLBuilder, sco: ScoItem, cp: string): XMLBuilder {
  const el = parent.ele(cp, 'item', {
    identifier: ncName('I', sco.key),
    identifierref: ncName('R', sco.key),
  });
  el.ele(cp, 'title').txt(sco.title);
  return el;
}

/** `<resources>`: one SCO resource per lesson and assessment, each depending on one shared asset resource. */
export function resources(root: XMLBuilder, m: ManifestInput, edition: Edition): void {
  const { cp, ns, scormTypeAttribute } = edition;
  const parent = root.ele(cp, 'resources');
  for (const sco of [...m.lessons, ...(m.assessment ? [m.assessment] : [])]) {
    const resource = setAttributes(
      parent.ele(cp, 'resource'),
      { identifier: ncName('R', sco.key), type: 'webcontent', [scormTypeAttribute]: 'sco', href: sco.href },
      ns,
    );
    for (const file of sco.files) resource.ele(cp, 'file', { href: file });
    resource.ele(cp, 'dependency', { identifierref: 'R-shared' });
  }
  const shared = setAttributes(
    parent.ele(cp, 'resource'),
    { identifier: 'R-shared', type: 'webcontent', [scormTypeAttribute]: 'asset' },
    ns,
  );
  for (const file of m.shared) shared.ele(cp, 'file', { href: file });
}
