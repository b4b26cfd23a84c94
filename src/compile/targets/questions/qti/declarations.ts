import { local } from '../bank.js';
import { choiceShare, numberText } from '../scoring.js';
import type { XmlElement } from '../xml.js';
import type { ItemContext } from './context.js';
import { choiceId, leftId, orderId, rightId } from './ids.js';

/** The response declaration of the question: cardinality, base type, correct response and, where scored by map, the mapping. */
export function responseDeclaration(c: ItemContext, item: XmlElement): void {
  const q = c.question;
  const declare = (cardinality: string, baseType: string) =>
    c.el(item, 'responseDeclaration', { identifier: 'RESPONSE', cardinality, baseType });
  const correct = (parent: XmlElement, values: string[]) => {
    const node = c.el(parent, 'correctResponse');
    for (const v of values) c.textEl(node, 'value', v);
  };
  switch (q.type) {
    case 'single':
    case 'true-false': {
      const decl = declare('single', 'identifier');
      const value =
        'choices' in q ? choiceId(q.choices.findIndex((x) => x.correct)) : q.answer ? 'TRUE' : 'FALSE';
      correct(decl, [value]);
      return;
    }
    case 'multiple': {
      const decl = declare('multiple', 'identifier');
      correct(
        decl,
        q.choices.flatMap((x, i) => (x.correct ? [choiceId(i)] : [])),
      );
      const mapping = c.el(decl, 'mapping', {
        lowerBound: 0,
        upperBound: numberText(q.points),
        defaultValue: 0,
      });
      q.choices.forEach((x, i) => {
        const value = numberText((choiceShare(x, q.choices) * q.points) / 100);
        c.el(mapping, 'mapEntry', { mapKey: choiceId(i), mappedValue: value });
      });
      return;
    }
    case 'short-answer': {
      const answers = [...new Set(q.answers.map((a) => local(c.bank, a).trim()))];
      const decl = declare('single', 'string');
      correct(decl, answers.slice(0, 1));
      const mapping = c.el(decl, 'mapping', { defaultValue: 0 });
      for (const a of answers) {
        c.el(mapping, 'mapEntry', { mapKey: a, mappedValue: numberText(q.points), caseSensitive: false });
      }
      return;
    }
    case 'numeric':
      correct(declare('single', 'float'), [numberText(q.answer)]);
      return;
    case 'matching': {
      const decl = declare('multiple', 'directedPair');
      correct(
        decl,
        q.pairs.map((_, i) => `${leftId(i)} ${rightId(i)}`),
      );
      const mapping = c.el(decl, 'mapping', {
        lowerBound: 0,
        upperBound: numberText(q.points),
        defaultValue: 0,
      });
      q.pairs.forEach((_, i) => {
        const value = numberText(q.points / q.pairs.length);
        c.el(mapping, 'mapEntry', { mapKey: `${leftId(i)} ${rightId(i)}`, mappedValue: value });
      });
      return;
    }
    case 'ordering':
      correct(
        declare('ordered', 'identifier'),
        q.items.map((_, i) => orderId(i)),
      );
  }
}

/** SCORE, MAXSCORE (the question's points) and FEEDBACK when there is any feedback to show. */
export function outcomeDeclarations(c: ItemContext, item: XmlElement, feedback: boolean): void {
  const score = c.el(item, 'outcomeDeclaration', {
    identifier: 'SCORE',
    cardinality: 'single',
    baseType: 'float',
  });
  c.textEl(c.el(score, 'defaultValue'), 'value', '0');
  const max = c.el(item, 'outcomeDeclaration', {
    identifier: 'MAXSCORE',
    cardinality: 'single',
    baseType: 'float',
  });
  c.textEl(c.el(max, 'defaultValue'), 'value', numberText(c.question.points));
  if (feedback) {
    c.el(item, 'outcomeDeclaration', {
      identifier: 'FEEDBACK',
      cardinality: 'multiple',
      baseType: 'identifier',
    });
  }
}
