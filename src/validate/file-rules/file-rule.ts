import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PathSegment, YamlSource } from '../../load/yaml-document.js';
import type { SchemaKind } from '../schemas.js';

/** What a rule that looks at one file at a time gets: the document, already schema-checked. */
export interface FileRuleInput {
  kind: SchemaKind;
  file: string;
  value: unknown;
  source: YamlSource;
  /** The manifest's locales, source first. */
  locales: readonly string[];
  /** For question files: indexes of the items that passed the schema. */
  validItems?: ReadonlySet<number>;
}

/** A rule over one file; runs where the file is parsed (a worker thread in large runs). */
export interface FileRule {
  id: string;
  check(input: FileRuleInput): Diagnostic[];
}

/** Walks the fields of a document that hold `text` (string or locale map), with their paths. */
export function* textFields(kind: SchemaKind, value: unknown): Generator<[PathSegment[], unknown]> {
  if (!isObject(value) && !Array.isArray(value)) return;
  const at = (path: PathSegment[]): unknown =>
    path.reduce<unknown>(
      (v, k) => (isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k as string] : undefined),
      value,
    );
  const list = function* (path: PathSegment[], sub: PathSegment[] = []): Generator<[PathSegment[], unknown]> {
    const items = at(path);
    if (!Array.isArray(items)) return;
    for (let i = 0; i < items.length; i++) {
      const p = [...path, i, ...sub];
      const v = at(p);
      if (v !== undefined) yield [p, v];
    }
  };
  const one = function* (path: PathSegment[]): Generator<[PathSegment[], unknown]> {
    const v = at(path);
    if (v !== undefined) yield [path, v];
  };
  switch (kind) {
    case 'manifest':
      yield* one(['title']);
      yield* one(['description']);
      for (const group of ['levels', 'areas']) {
        yield* list([group], ['title']);
        yield* list([group], ['description']);
      }
      return;
    case 'competency': {
      yield* one(['title']);
      yield* one(['description']);
      const levels = at(['levels']);
      if (isObject(levels))
        for (const level of Object.keys(levels)) yield* list(['levels', level, 'outcomes']);
      return;
    }
    case 'role':
      yield* one(['title']);
      yield* one(['description']);
      return;
    case 'lesson':
      yield* one(['title']);
      yield* list(['objectives']);
      return;
    case 'translation':
      return;
    case 'questions': {
      if (!Array.isArray(value)) return;
      for (let q = 0; q < value.length; q++) {
        yield* one([q, 'stem']);
        yield* one([q, 'feedback']);
        yield* list([q, 'choices'], ['text']);
        yield* list([q, 'choices'], ['feedback']);
        yield* list([q, 'answers']);
        yield* list([q, 'pairs'], ['left']);
        yield* list([q, 'pairs'], ['right']);
        yield* list([q, 'items']);
      }
    }
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
