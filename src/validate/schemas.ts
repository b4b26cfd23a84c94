import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** The kinds of YAML document the format has, each with its JSON Schema in `schemas/`. */
export type SchemaKind = 'manifest' | 'competency' | 'role' | 'lesson' | 'translation' | 'questions';

const schemaFiles: Record<SchemaKind, string> = {
  manifest: 'manifest.schema.json',
  competency: 'competency.schema.json',
  role: 'role.schema.json',
  lesson: 'lesson.schema.json',
  translation: 'translation.schema.json',
  questions: 'questions.schema.json',
};

/** The folder holding the JSON Schemas, shipped beside `dist/`. */
export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

let compiled: Record<SchemaKind, ValidateFunction> | undefined;

/** Compiles every schema once per process (ajv compiling is the slow part, validating is ~10 µs). */
export function validators(): Record<SchemaKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(readJson('common.schema.json'));
  const entries = Object.entries(schemaFiles).map(
    ([kind, file]) => [kind, ajv.compile(readJson(file))] as const,
  );
  compiled = Object.fromEntries(entries) as Record<SchemaKind, ValidateFunction>;
  return compiled;
}

function readJson(name: string): object {
  return JSON.parse(readFileSync(`${schemasDir}${name}`, 'utf8')) as object;
}

export type { ErrorObject };
