import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { PathSegment, YamlSource } from '../load/yaml-document.js';
import { closest } from './closest.js';
import { allowedFields, type ErrorObject, type SchemaKind } from './schemas.js';

/** Turns ajv's errors into diagnostics at the YAML node each one is about. */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  source: YamlSource,
  file: string,
  kind: SchemaKind,
  unknownFieldSeverity: Severity = 'error',
): Diagnostic[] {
  const textUnions = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // Errors inside a text union (string or locale map) are summed up by the union's own error.
    if (error.keyword !== 'anyOf' && isInsideUnion(error, textUnions)) continue;
    const path = toPath(error.instancePath);
    const described = describe(error, path, source, kind);
    const at = described.at ?? path;
    out.push({
      ruleId: 'schema',
      severity: described.unknownField ? unknownFieldSeverity : 'error',
      file,
      start: source.locate(at, described.atKey ? 'key' : 'value'),
      message: described.message,
      hint: described.hint,
    });
  }
  return out;
}

function isInsideUnion(error: ErrorObject, unions: Set<string>): boolean {
  if (!error.schemaPath.includes('/anyOf/')) return false;
  for (const union of unions) {
    if (error.instancePath === union || error.instancePath.startsWith(`${union}/`)) return true;
  }
  return false;
}

interface Described {
  message: string;
  hint?: string;
  at?: PathSegment[];
  atKey?: boolean;
  unknownField?: boolean;
}

function describe(error: ErrorObject, path: PathSegment[], source: YamlSource, kind: SchemaKind): Described {
  const name = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = allowedFields(kind, error.schemaPath);
      const suggestion = closest(field, known);
      return {
        message: `Unexpected field \`${field}\`${name ? ` in ${name}` : ''}`,
        hint: suggestion
          ? `Did you mean \`${suggestion}\`?`
          : known.length
            ? `Known fields: ${known.join(', ')}.`
            : 'Remove it.',
        at: [...path, field],
        atKey: true,
        unknownField: true,
      };
    }
    case 'false schema':
      return {
        message: `Unexpected field \`${name}\` for this question type`,
        hint: 'Each question type has its own answer fields (see FORMAT.md): remove this one or change `type`.',
        atKey: true,
        unknownField: true,
      };
    case 'required': {
      const field = String(params.missingProperty);
      return {
        message: `Missing required field \`${field}\`${name ? ` in ${name}` : ''}`,
        hint: `Add \`${field}:\`.`,
      };
    }
    case 'type': {
      const raw = source.sourceOf(path);
      const expected = String(params.type);
      const hint =
        expected === 'string' && raw !== undefined
          ? `Quote the value to keep it as written: "${raw}".`
          : undefined;
      return { message: `\`${name}\` must be ${article(expected)}, got ${raw ?? 'another type'}`, hint };
    }
    case 'anyOf':
      return {
        message: `\`${name}\` must be text: a string, or a map from locale code to non-empty string`,
        hint: 'Write `title: "…"` or `title: { vi: "…", en: "…" }`.',
      };
    case 'enum':
      return {
        message: `\`${name}\` must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
        hint: 'Pick one of the listed values.',
      };
    case 'const':
      return {
        message: `\`${name}\` must be ${JSON.stringify(params.allowedValue)}`,
        hint: name === 'schema' ? 'This toolkit reads format version 1: write `schema: 1`.' : undefined,
      };
    case 'pattern':
      return patternMessage(name, source.sourceOf(path) ?? '', String(params.pattern));
    case 'propertyNames':
      return {
        message: `\`${name}\` has a key that is not allowed`,
        hint: 'Keys here are ids or locale codes.',
      };
    case 'minItems':
      return {
        message: `\`${name}\` must have at least ${String(params.limit)} item(s)`,
        hint: 'Add the missing items.',
      };
    case 'minProperties':
      return {
        message: `\`${name}\` must have at least ${String(params.limit)} entr(ies)`,
        hint: 'Add an entry.',
      };
    case 'minLength':
      return {
        message: `\`${name}\` must not be empty`,
        hint: 'Write the text, or remove the field if it is optional.',
      };
    case 'uniqueItems':
      return { message: `\`${name}\` lists the same value twice`, hint: 'Remove the repeated value.' };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      return {
        message: `\`${name}\` ${error.message ?? 'is out of range'}`,
        hint: 'Use a value in the allowed range.',
      };
    default:
      return { message: `\`${name || 'document'}\` ${error.message ?? 'is invalid'}` };
  }
}

function patternMessage(name: string, raw: string, pattern: string): Described {
  if (pattern.startsWith('^[a-z0-9]')) {
    return {
      message: `\`${name}\` ${raw} is not a valid id`,
      hint: 'Ids use lowercase letters, digits, ".", "_" and "-", and start and end with a letter or digit.',
    };
  }
  if (name === 'version') {
    return {
      message: `\`version\` ${raw} is not semver`,
      hint: 'Write MAJOR.MINOR.PATCH in quotes, e.g. "1.10.0".',
    };
  }
  return {
    message: `\`${name}\` ${raw} is not a valid locale code`,
    hint: 'Use a BCP 47 code such as vi, en or pt-BR.',
  };
}

function toPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function fieldName(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function article(type: string): string {
  return type === 'integer' || type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
