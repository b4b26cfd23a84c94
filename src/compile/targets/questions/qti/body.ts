import type { Text } from '../../../../model/types.js';
import { trueFalseLabels } from '../labels.js';
import type { XmlElement } from '../xml.js';
import type { ItemContext } from './context.js';
import { choiceId, leftId, orderId, rightId } from './ids.js';

/** Feedback content: QTI 3.0 wraps it in `qti-content-body`, QTI 2.1 takes it directly. */
export function feedbackContent(c: ItemContext, node: XmlElement, text: Text | undefined): void {
  c.html(c.d.version === '3.0' ? c.el(node, 'contentBody') : node, text);
}

/** The item body: the stem as XHTML, then the interaction of the question's type. */
export function itemBody(c: ItemContext, item: XmlElement): void {
  const q = c.question;
  const body = c.el(item, 'itemBody');
  c.html(body, q.stem);
  const response = { responseIdentifier: 'RESPONSE' };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const maxChoices = q.type === 'single' ? 1 : 0;
      const interaction = c.el(body, 'choiceInteraction', { ...response, shuffle: false, maxChoices });
      q.choices.forEach((choice, i) => {
        const node = c.el(interaction, 'simpleChoice', { identifier: choiceId(i) });
        c.html(node, choice.text);
        if (!c.hasText(choice.feedback)) return;
        const fb = c.el(node, 'feedbackBlock', {
          outcomeIdentifier: 'FEEDBACK',
          identifier: choiceId(i),
          showHide: 'show',
        });
        feedbackContent(c, fb, choice.feedback);
      });
      return;
    }
    case 'true-false': {
      const [yes, no] = trueFalseLabels(c.bank.locale);
      const interaction = c.el(body, 'choiceInteraction', { ...response, shuffle: false, maxChoices: 1 });
      c.el(interaction, 'simpleChoice', { identifier: 'TRUE' }).txt(yes);
      c.el(interaction, 'simpleChoice', { identifier: 'FALSE' }).txt(no);
      return;
    }
    case 'short-answer':
    case 'numeric': {
      const holder = body.ele('div');
      c.el(holder, 'textEntryInteraction', { ...response, expectedLength: q.type === 'numeric' ? 10 : 40 });
      return;
    }
    case 'matching': {
      const n = q.pairs.length;
      const interaction = c.el(body, 'matchInteraction', { ...response, shuffle: true, maxAssociations: n });
      const lefts = c.el(interaction, 'simpleMatchSet');
      const rights = c.el(interaction, 'simpleMatchSet');
      q.pairs.forEach((pair, i) => {
        c.html(c.el(lefts, 'simpleAssociableChoice', { identifier: leftId(i), matchMax: 1 }), pair.left);
        c.html(c.el(rights, 'simpleAssociableChoice', { identifier: rightId(i), matchMax: 1 }), pair.right);
      });
      return;
    }
    case 'ordering': {
      const interaction = c.el(body, 'orderInteraction', { ...response, shuffle: true });
      q.items.forEach((text, i) => {
        c.html(c.el(interaction, 'simpleChoice', { identifier: orderId(i) }), text);
      });
    }
  }
}
