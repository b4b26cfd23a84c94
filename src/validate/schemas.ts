import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

/** The kinds of YAML document the format has, each with its JSON Schema in `schemas/`. */
export type SchemaKind = 'manifest' | 'competency' | 'role' | 'lesson' | 'translation' | 'questions';

export const schemaFiles: Record<SchemaKind, string> = {
  manifest: 'manifest.schema.json',
  competency: 'competency.schema.json',
  role: 'role.schema.json',
  lesson: 'lesson.schema.json',
  translation: 'translation.schema.json',
  questions: 'questions.schema.json',
};

/** The folder holding the JSON Schemas, shipped beside `dist/`. */
export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Options shared by the runtime compiler and the build-time standalone code (scripts/build-validators.mjs). */
export const ajvOptions = { allErrors: true, strict: false } as const;

// Written by `npm run build`: every schema compiled to standalone code, so no process (or worker) pays ajv's compile.
const standalonePath = fileURLToPath(new URL('./schema-validators.cjs', import.meta.url));

let compiled: Record<SchemaKind, ValidateFunction> | undefined;

/** The validators, from build-time standalone code when present, else compiled once per process. */
export function validators(): Record<SchemaKind, ValidateFunction> {
  if (compiled) return compiled;
  if (existsSync(standalonePath)) {
    const standalone = createRequire(import.meta.url)(standalonePath) as Record<
      SchemaKind,
      ValidateFunction
    > & { schemasHash?: string };
    // Code generated from other schemas than the ones on disk (edited since the build) is not used.
    if (standalone.schemasHash === schemasHash()) {
      compiled = standalone;
      return compiled;
    }
  }
  const ajv = createAjv();
  compiled = Object.fromEntries(
    Object.keys(schemaFiles).map((kind) => [kind, ajv.getSchema(kind) as ValidateFunction]),
  ) as Record<SchemaKind, ValidateFunction>;
  return compiled;
}

/** An ajv instance holding every schema, each under its kind's name. */
export function createAjv(code?: object): Ajv {
  // Loaded here only: the standalone validators need no ajv, and every command start would pay for it.
  const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ ...ajvOptions, ...(code ? { code } : {}) });
  ajv.addSchema(schemaJson('common.schema.json'));
  for (const [kind, file] of Object.entries(schemaFiles)) ajv.addSchema(schemaJson(file), kind);
  return ajv;
}

const jsonCache = new Map<string, Record<string, unknown>>();

/** A schema file's JSON, read once. */
export function schemaJson(name: string): Record<string, unknown> {
  let json = jsonCache.get(name);
  if (!json) {
    json = JSON.parse(readFileSync(`${schemasDir}${name}`, 'utf8')) as Record<string, unknown>;
    jsonCache.set(name, json);
  }
  return json;
}

/** A hash of every schema file, to tell whether build-time code matches them. */
export function schemasHash(): string {
  const hash = createHash('sha1');
  for (const name of ['common.schema.json', ...Object.values(schemaFiles)])
    hash.update(readFileSync(`${schemasDir}${name}`));
  return hash.digest('hex');
}

/** The field names a schema object allows, found from an error's schemaPath (`#/definitions/x/additionalProperties`). */
export function allowedFields(kind: SchemaKind, schemaPath: string): string[] {
  const [file, pointer = ''] = schemaPath.split('#');
  let node: unknown = schemaJson(file || schemaFiles[kind]);
  for (const part of pointer.split('/').slice(1, -1))
    node = (node as Record<string, unknown> | undefined)?.[part];
  const properties = (node as { properties?: object } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

export type { ErrorObject };
