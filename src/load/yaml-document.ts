import { type Document, isMap, isScalar, LineCounter, type Node, parseAllDocuments, visit } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

/** A parsed YAML text that can say where any of its values stands in the file. */
export interface YamlSource {
  value: unknown;
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Position;
  /** The source text of the scalar at `path`, as the editor wrote it. */
  sourceOf(path: readonly PathSegment[]): string | undefined;
}

export interface YamlParse {
  source?: YamlSource;
  diagnostics: Diagnostic[];
}

/** Aliases may expand to at most this many nodes in one file; past it the file is an alias bomb. */
const maxAliasCount = 1000;

/** Parses one YAML document keeping positions; `lineOffset` shifts lines for front matter. */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlParse {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'silent',
  });
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(docs)) return { diagnostics: [emptyDiagnostic(file, lineOffset)] };
  const [doc, second] = docs;
  if (doc === undefined) return { diagnostics: [emptyDiagnostic(file, lineOffset)] };
  if (second !== undefined) {
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      file,
      start: toPos(second.range[0]),
      message: 'Unexpected second YAML document; a file holds exactly one',
      hint: 'Remove the `---` separator, or split the documents into their own files.',
    });
  }
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const tag = /tag:? (!\S+)/i.exec(problem.message)?.[1];
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      file,
      start: toPos(problem.pos[0]),
      message: tag
        ? `Unexpected YAML tag ${tag}; the format uses plain values only`
        : firstLine(problem.message),
      hint: tag
        ? 'Write the value itself: tags such as !include are not part of the format.'
        : yamlHint(problem.code),
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { diagnostics: [aliasDiagnostic(doc, file, toPos)] };
  }
  if (value === null || value === undefined) return { diagnostics: [emptyDiagnostic(file, lineOffset)] };
  return { diagnostics, source: makeSource(doc, value, text, toPos) };
}

function makeSource(doc: Document, value: unknown, text: string, toPos: (n: number) => Position): YamlSource {
  const nodeAt = (path: readonly PathSegment[]): { node: Node; depth: number } => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node?.range) return { node, depth };
    }
    return { node: doc.contents as Node, depth: 0 };
  };
  return {
    value,
    locate(path, at = 'value') {
      const { node, depth } = nodeAt(path);
      if (at === 'key' && depth === path.length && depth > 0) {
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
          const key = pair?.key as Node | undefined;
          if (key?.range) return toPos(key.range[0]);
        }
      }
      return toPos(node.range?.[0] ?? 0);
    },
    sourceOf(path) {
      const node = doc.getIn(path, true) as Node | undefined;
      if (!node?.range || !isScalar(node)) return undefined;
      return text.slice(node.range[0], node.range[1]);
    },
  };
}

function aliasDiagnostic(doc: Document, file: string, toPos: (n: number) => Position): Diagnostic {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    file,
    start: toPos(offset),
    message: `YAML aliases expand to more than ${maxAliasCount} nodes (an alias bomb?)`,
    hint: 'Write the values out instead of nesting anchors and aliases.',
  };
}

function emptyDiagnostic(file: string, lineOffset: number): Diagnostic {
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    file,
    start: { line: lineOffset + 1, column: 1 },
    message: 'File is empty; expected a YAML document',
    hint: 'Write the fields the format asks for, or delete the file.',
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each key may appear once in a mapping: remove or rename the repeated key.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation: items of one mapping must start in the same column.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A value with ": " or "#" in it needs quotes.';
    default:
      return 'Fix the YAML syntax at this position; quote values that contain ": " or start with a special character.';
  }
}
