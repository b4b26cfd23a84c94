import type { Bank, BankTest } from '../bank.js';
import { numberText } from '../scoring.js';
import type { XmlElement } from '../xml.js';
import { xmlRoot } from '../xml.js';
import { type QtiDialect, qtiElement, qtiIdentifier } from './dialect.js';

const xsi = 'http://www.w3.org/2001/XMLSchema-instance';

/** Path of a test inside the package. */
export const testPath = (test: BankTest): string => `tests/${test.id}.xml`;
/** Path of an item inside the package. */
export const itemPath = (identifier: string): string => `items/${identifier}.xml`;

/**
 * An assessment test: one part, a section per competency referring to its items (categorised by competency and
 * level), SCORE and MAXSCORE summed over the items and PASS at the manifest's pass score.
 */
export function testDocument(d: QtiDialect, bank: Bank, test: BankTest): string {
  const el = (parent: XmlElement, name: string, attributes: Record<string, string> = {}) =>
    qtiElement(d, parent, name, attributes);
  const root = xmlRoot(d.el('assessmentTest'), {
    xmlns: d.namespace,
    'xmlns:xsi': xsi,
    'xsi:schemaLocation': d.schemaLocation,
    identifier: qtiIdentifier(`test-${test.id}`),
    title: test.title,
  });
  const outcome = (identifier: string, baseType: string) =>
    el(root, 'outcomeDeclaration', { identifier, cardinality: 'single', baseType });
  outcome('SCORE', 'float');
  outcome('MAXSCORE', 'float');
  outcome('PASS', 'boolean');
  const part = el(root, 'testPart', {
    identifier: 'P1',
    navigationMode: 'nonlinear',
    submissionMode: 'simultaneous',
  });
  for (const section of test.sections) {
    const node = el(part, 'assessmentSection', {
      identifier: qtiIdentifier(`S-${section.competency}`),
      title: section.title || section.competency,
      visible: 'true',
    });
    for (const q of section.questions) {
      const identifier = qtiIdentifier(q.id);
      el(node, 'assessmentItemRef', {
        identifier,
        href: `../${itemPath(identifier)}`,
        category: `${qtiIdentifier(q.competency)} ${qtiIdentifier(q.level)}`,
      });
    }
  }
  const processing = el(root, 'outcomeProcessing');
  for (const variable of ['SCORE', 'MAXSCORE']) {
    const sum = el(el(processing, 'setOutcomeValue', { identifier: variable }), 'sum');
    el(sum, 'testVariables', { variableIdentifier: variable });
  }
  const gte = el(el(processing, 'setOutcomeValue', { identifier: 'PASS' }), 'gte');
  el(gte, 'variable', { identifier: 'SCORE' });
  const product = el(gte, 'product');
  el(product, 'variable', { identifier: 'MAXSCORE' });
  el(product, 'baseValue', { baseType: 'float' }).txt(
    numberText(bank.framework.manifest.assessment.passScore),
  );
  return root.end();
}
