import { aiken } from './aiken.js';
import type { BankFormat, FormatName } from './bank.js';
import { csv } from './csv.js';
import { gift } from './gift.js';
import { json } from './json.js';
import { moodle } from './moodle.js';
import { qti21, qti30 } from './qti/dialect.js';
import { qtiPackage } from './qti/package.js';

const all = ['single', 'multiple', 'true-false', 'short-answer', 'numeric', 'matching', 'ordering'] as const;

/** Every question-bank format by its `--format` name. */
export const formats: Record<FormatName, BankFormat> = {
  qti21: {
    label: 'QTI 2.1',
    extension: '.qti21.zip',
    types: new Set(all),
    build: (bank) => qtiPackage(qti21, bank),
  },
  qti30: {
    label: 'QTI 3.0',
    extension: '.qti30.zip',
    types: new Set(all),
    build: (bank) => qtiPackage(qti30, bank),
  },
  moodle,
  gift,
  aiken,
  csv,
  json,
};
