import type { Question, Text } from '../../../model/types.js';
import { areaOf, type Bank, type BankFormat, local } from './bank.js';
import { numberText } from './scoring.js';

const fixed = [
  'id',
  'type',
  'area',
  'competency',
  'level',
  'points',
  'stem',
  'answer',
  'tolerance',
  'feedback',
];

/** Quotes a cell when it needs it (RFC 4180), and defuses spreadsheet formulas in text cells with a leading `'`. */
export function csvCell(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * CSV for spreadsheets and generic importers: one row per question, plain text, options in numbered column
 * triples (option_k, match_k, feedback_k); `answer` holds the correct option numbers (`2`, `1;3`, `1;2;3` for
 * an order), `true`/`false`, or the number. UTF-8 with a BOM and CRLF, as Excel expects.
 */
export const csv: BankFormat = {
  label: 'CSV',
  extension: '.csv',
  types: new Set(['single', 'multiple', 'true-false', 'short-answer', 'numeric', 'matching', 'ordering']),
  async build(bank) {
    const rows = bank.questions.map((q) => row(bank, q));
    const width = Math.max(0, ...rows.map((r) => r.options.length));
    const header = [...fixed];
    for (let k = 1; k <= width; k++) header.push(`option_${k}`, `match_${k}`, `feedback_${k}`);
    const lines = [header.join(',')];
    for (const r of rows) {
      const cells = r.cells.map(([v, text]) => csvCell(v, text));
      for (let k = 0; k < width; k++) {
        const o = r.options[k] ?? ['', '', ''];
        cells.push(...o.map((v) => csvCell(v)));
      }
      lines.push(cells.join(','));
    }
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  },
};

interface Row {
  cells: [string, boolean][];
  options: [string, string, string][];
}

function row(bank: Bank, q: Question): Row {
  const t = (text: Text | undefined) => bank.render.text(local(bank, text));
  const all = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1)).join(';');
  let answer = '';
  let options: [string, string, string][] = [];
  switch (q.type) {
    case 'single':
    case 'multiple':
      options = q.choices.map((c) => [t(c.text), '', t(c.feedback)]);
      answer = q.choices.flatMap((c, i) => (c.correct ? [String(i + 1)] : [])).join(';');
      break;
    case 'true-false':
      answer = String(q.answer);
      break;
    case 'short-answer':
      options = q.answers.map((a) => [t(a), '', '']);
      answer = all(q.answers.length);
      break;
    case 'numeric':
      answer = numberText(q.answer);
      break;
    case 'matching':
      options = q.pairs.map((p) => [t(p.left), t(p.right), '']);
      answer = all(q.pairs.length);
      break;
    case 'ordering':
      options = q.items.map((item) => [t(item), '', '']);
      answer = all(q.items.length);
  }
  const tolerance = q.type === 'numeric' ? numberText(q.tolerance) : '';
  const cells: [string, boolean][] = [
    [q.id, false],
    [q.type, false],
    [areaOf(bank, q), false],
    [q.competency, false],
    [q.level, false],
    [numberText(q.points), false],
    [t(q.stem), true],
    [answer, false],
    [tolerance, false],
    [t(q.feedback), true],
  ];
  return { cells, options };
}
