import { numberText } from '../scoring.js';
import type { XmlElement } from '../xml.js';
import type { ItemContext } from './context.js';

/**
 * Scores the item into SCORE: by mapping where the declaration maps (multiple, short-answer, matching), by a
 * tolerance comparison for numeric, else all or nothing against the correct response; then sets FEEDBACK.
 */
export function responseProcessing(c: ItemContext, item: XmlElement, feedback: boolean): void {
  const q = c.question;
  const rp = c.el(item, 'responseProcessing');
  const set = (parent: XmlElement, identifier: string) => c.el(parent, 'setOutcomeValue', { identifier });
  const float = (parent: XmlElement, value: number) =>
    c.textEl(parent, 'baseValue', numberText(value), { baseType: 'float' });
  if (q.type === 'multiple' || q.type === 'short-answer' || q.type === 'matching') {
    c.el(set(rp, 'SCORE'), 'mapResponse', { identifier: 'RESPONSE' });
  } else {
    const condition = c.el(rp, 'responseCondition');
    const branch = c.el(condition, 'responseIf');
    const test =
      q.type === 'numeric'
        ? c.el(branch, 'equal', {
            toleranceMode: q.tolerance > 0 ? 'absolute' : 'exact',
            tolerance: q.tolerance > 0 ? `${numberText(q.tolerance)} ${numberText(q.tolerance)}` : undefined,
          })
        : c.el(branch, 'match');
    c.el(test, 'variable', { identifier: 'RESPONSE' });
    c.el(test, 'correct', { identifier: 'RESPONSE' });
    float(set(branch, 'SCORE'), q.points);
    float(set(c.el(condition, 'responseElse'), 'SCORE'), 0);
  }
  if (!feedback) return;
  const all = c.el(set(rp, 'FEEDBACK'), 'multiple');
  c.textEl(all, 'baseValue', 'GENERAL', { baseType: 'identifier' });
  if (q.type === 'single' || q.type === 'multiple') c.el(all, 'variable', { identifier: 'RESPONSE' });
}
