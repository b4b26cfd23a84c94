import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText } from './decode.js';

export interface FrontMatterSplit {
  /** The YAML between the fences. */
  yaml: string;
  /** Lines before the YAML (the opening fence), to shift positions by. */
  yamlLineOffset: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Splits `---` fenced YAML front matter from a Markdown body. */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit | { diagnostic: Diagnostic } {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) {
    return {
      diagnostic: {
        ruleId: 'front-matter',
        severity: 'error',
        file,
        start: { line: 1, column: 1 },
        message: 'Missing front matter: a lesson starts with a `---` line',
        hint: 'Start the file with `---`, the lesson fields (id, competency, level, title, minutes), and `---`.',
      },
    };
  }
  const closing = /^---[ \t]*$/m;
  const rest = text.slice(opening[0].length);
  const match = closing.exec(rest);
  if (!match) {
    return {
      diagnostic: {
        ruleId: 'front-matter',
        severity: 'error',
        file,
        start: { line: 1, column: 1 },
        message: 'Unclosed front matter: no closing `---` line',
        hint: 'End the front matter with a line holding only `---`.',
      },
    };
  }
  const yaml = rest.slice(0, match.index);
  let bodyStart = match.index + match[0].length;
  if (rest[bodyStart] === '\r') bodyStart++;
  if (rest[bodyStart] === '\n') bodyStart++;
  const yamlLines = countLines(yaml);
  return { yaml, yamlLineOffset: 1, body: rest.slice(bodyStart), bodyLine: yamlLines + 3 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A lesson file's Markdown body exactly as the loader cuts it (decoded, NFC), or undefined if it cannot be cut. */
export function lessonBodyOf(bytes: Uint8Array, file: string): string | undefined {
  const decoded = decodeText(bytes, file);
  if (!('text' in decoded)) return undefined;
  const split = splitFrontMatter(decoded.text, file);
  return 'body' in split ? split.body : undefined;
}
