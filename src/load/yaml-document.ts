import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { loadPlain, type PlacedNode } from './yaml-fast.js';

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

// The reference parser is loaded the first time a document needs it: plain documents (nearly all) never do.
const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => {
  yamlPackage ??= require('yaml') as typeof import('yaml');
  return yamlPackage;
};

/** Aliases may expand to at most this many nodes in one file; past it the file is an alias bomb. */
const maxAliasCount = 1000;

/**
 * Parses one YAML document keeping positions; `lineOffset` shifts lines for front matter. Plain documents take the
 * fast path (js-yaml); everything else, and every diagnostic, comes from the `yaml` package.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlParse {
  const plain = loadPlain(text);
  if (!plain) return parseWithYaml(text, file, lineOffset);
  return { diagnostics: [], source: placedSource(plain.value, plain.root, text, file, lineOffset) };
}

/** The `yaml` package's parse: the reference for values and positions, and the source of every YAML diagnostic. */
export function parseWithYaml(text: string, file: string, lineOffset = 0): YamlParse {
  const { LineCounter, parseAllDocuments } = yaml();
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
        const { isMap, isScalar } = yaml();
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
      if (!node?.range || !yaml().isScalar(node)) return undefined;
      return text.slice(node.range[0], node.range[1]);
    },
  };
}

function placedSource(
  value: unknown,
  root: PlacedNode,
  text: string,
  file: string,
  lineOffset: number,
): YamlSource {
  let lineStarts: number[] | undefined;
  const toPos = (offset: number): Position => {
    lineStarts ??= startsOfLines(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1 + lineOffset, column: offset - (lineStarts[low] as number) + 1 };
  };
  let reference: YamlSource | undefined;
  return {
    value,
    locate(path, at = 'value') {
      let node = root;
      let depth = 0;
      for (const segment of path) {
        const { children } = node;
        const child = Array.isArray(children)
          ? typeof segment === 'number'
            ? children[segment]
            : undefined
          : typeof segment === 'string'
            ? children?.get(segment)
            : undefined;
        if (!child) break;
        node = child;
        depth++;
      }
      if (at === 'key' && depth === path.length && node.keyAt !== undefined) return toPos(node.keyAt);
      return toPos(node.at);
    },
    // Only error messages quote the source; the reference parser answers them.
    sourceOf(path) {
      reference ??= parseWithYaml(text, file, lineOffset).source;
      return reference?.sourceOf(path);
    },
  };
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function aliasDiagnostic(doc: Document, file: string, toPos: (n: number) => Position): Diagnostic {
  let offset = 0;
  yaml().visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return yaml().visit.BREAK;
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
