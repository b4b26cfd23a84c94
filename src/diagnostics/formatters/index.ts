import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';

export type DiagnosticFormat = 'pretty' | 'json' | 'sarif' | 'github';

/** Every diagnostic format by name. */
export const formatters: Record<DiagnosticFormat, Formatter> = { pretty, json, sarif, github };

export type { FormatOptions, Formatter } from './formatter.js';
