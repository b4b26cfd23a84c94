import type { BankFormat } from './bank.js';
import { local } from './bank.js';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Aiken (Moodle's simplest import): one line of question, lettered choices, `ANSWER: X`. It has no fields for id,
 * feedback or points and takes single-choice questions of at most 26 choices only.
 */
export const aiken: BankFormat = {
  label: 'Aiken',
  extension: '.aiken.txt',
  types: new Set(['single']),
  reject(q, bank) {
    if (q.type !== 'single') return undefined;
    if (q.choices.length > letters.length) return `takes at most ${letters.length} choices`;
    const texts = [q.stem, ...q.choices.map((c) => c.text)];
    if (texts.some((t) => bank.render.text(local(bank, t)) === ''))
      return 'needs text in the stem and every choice';
    return undefined;
  },
  async build(bank) {
    const blocks: string[] = [];
    for (const q of bank.questions) {
      if (q.type !== 'single') continue;
      const text = (t: Parameters<typeof local>[1]) => bank.render.text(local(bank, t));
      const lines = [text(q.stem)];
      q.choices.forEach((c, i) => {
        lines.push(`${letters[i]}. ${text(c.text)}`);
      });
      lines.push(`ANSWER: ${letters[q.choices.findIndex((c) => c.correct)]}`);
      blocks.push(lines.join('\n'));
    }
    return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
  },
};
