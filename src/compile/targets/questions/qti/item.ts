import type { Question } from '../../../../model/types.js';
import type { Bank } from '../bank.js';
import { xmlRoot } from '../xml.js';
import { feedbackContent, itemBody } from './body.js';
import { ItemContext } from './context.js';
import { outcomeDeclarations, responseDeclaration } from './declarations.js';
import { type QtiDialect, qtiIdentifier } from './dialect.js';
import { responseProcessing } from './processing.js';

const xsi = 'http://www.w3.org/2001/XMLSchema-instance';

/** One assessment item as XML, and the root-relative assets its text names. */
export interface ItemDocument {
  identifier: string;
  xml: string;
  assets: string[];
}

/** Writes one question as an `assessmentItem` (QTI 2.1) or `qti-assessment-item` (QTI 3.0). */
export function itemDocument(d: QtiDialect, bank: Bank, question: Question): ItemDocument {
  const c = new ItemContext(d, bank, question);
  const identifier = qtiIdentifier(question.id);
  const root = xmlRoot(d.el('assessmentItem'), {
    xmlns: d.namespace,
    'xmlns:xsi': xsi,
    'xsi:schemaLocation': d.schemaLocation,
    identifier,
    title: question.id,
    [d.at('adaptive')]: 'false',
    [d.at('timeDependent')]: 'false',
    'xml:lang': bank.locale,
  });
  const feedback =
    c.hasText(question.feedback) ||
    ('choices' in question && question.choices.some((choice) => c.hasText(choice.feedback)));
  responseDeclaration(c, root);
  outcomeDeclarations(c, root, feedback);
  itemBody(c, root);
  responseProcessing(c, root, feedback);
  if (c.hasText(question.feedback)) {
    const modal = c.el(root, 'modalFeedback', {
      outcomeIdentifier: 'FEEDBACK',
      identifier: 'GENERAL',
      showHide: 'show',
    });
    feedbackContent(c, modal, question.feedback);
  }
  return {
    identifier,
    xml: root.end(),
    assets: [...c.assets].sort(),
  };
}
