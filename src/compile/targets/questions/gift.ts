import type { Question, Text } from '../../../model/types.js';
import { type Bank, type BankFormat, local } from './bank.js';
import { moodleCategory } from './moodle.js';
import { choiceShare, numberText } from './scoring.js';

/** Escapes GIFT's special characters (`~ = # { } :` and the backslash) in plain text on one line. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** GIFT (Moodle's plain-text format): a `$CATEGORY:` per competency and level, every type but ordering. */
export const gift: BankFormat = {
  label: 'GIFT',
  extension: '.gift.txt',
  types: new Set(['single', 'multiple', 'true-false', 'short-answer', 'numeric', 'matching']),
  async build(bank) {
    const blocks: string[] = [];
    let category = '';
    for (const q of bank.questions) {
      const path = moodleCategory(bank, q);
      if (path !== category) {
        category = path;
        blocks.push(`$CATEGORY: ${path}`);
      }
      blocks.push(question(bank, q));
    }
    return `${blocks.join('\n\n')}\n`;
  },
};

function question(bank: Bank, q: Question): string {
  const t = (text: Text | undefined) => giftEscape(bank.render.text(local(bank, text)));
  const feedback = (text: Text | undefined) => (t(text) ? `#${t(text)}` : '');
  const head = [
    `// id: ${q.id}, competency: ${q.competency}, level: ${q.level}, points: ${numberText(q.points)}`,
    `::${giftEscape(q.id)}::[plain]${t(q.stem)} {`,
  ];
  const lines: string[] = [];
  switch (q.type) {
    case 'single':
      for (const c of q.choices) lines.push(`${c.correct ? '=' : '~'}${t(c.text)}${feedback(c.feedback)}`);
      break;
    case 'multiple':
      for (const c of q.choices)
        lines.push(`~%${numberText(choiceShare(c, q.choices))}%${t(c.text)}${feedback(c.feedback)}`);
      break;
    case 'true-false':
      lines.push(q.answer ? 'TRUE' : 'FALSE');
      break;
    case 'short-answer':
      for (const a of q.answers) lines.push(`=${t(a)}`);
      break;
    case 'numeric':
      lines.push(`#${numberText(q.answer)}:${numberText(q.tolerance)}`);
      break;
    case 'matching':
      // Moodle splits a pair at its first "->", which no escape protects: the left side writes it as an arrow.
      for (const p of q.pairs) lines.push(`=${t(p.left).replaceAll('->', '→')} -> ${t(p.right)}`);
      break;
    case 'ordering':
      break;
  }
  if (t(q.feedback)) lines.push(`####${t(q.feedback)}`);
  return [...head, ...lines, '}'].join('\n');
}
