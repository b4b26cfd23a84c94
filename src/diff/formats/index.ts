import type { DiffFormat, DiffFormatter } from './format.js';
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { text } from './text.js';

/** Every diff format by name. */
export const diffFormatters: Record<DiffFormat, DiffFormatter> = { text, markdown, json, github };

export type { DiffFormat, DiffFormatOptions, DiffFormatter } from './format.js';
