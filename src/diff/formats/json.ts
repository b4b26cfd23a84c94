import type { DiffFormatter } from './format.js';

/** The stable JSON document (schema 1, described in the README): the result as it is, two-space indented. */
export const json: DiffFormatter = (result) => `${JSON.stringify(result, null, 2)}\n`;
