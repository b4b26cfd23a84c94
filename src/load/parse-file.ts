import type Token from 'markdown-it/lib/token.mjs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { originOf, toCompetency, toManifest, toQuestion, toRole } from '../model/from-documents.js';
import { toText } from '../model/text.js';
import type {
  Competency,
  Lesson,
  LessonVersion,
  Manifest,
  PreparedRef,
  Question,
  Role,
  Translation,
} from '../model/types.js';
import { answerKeyRule } from '../validate/file-rules/answer-key.js';
import type { FileRule } from '../validate/file-rules/file-rule.js';
import { sourceLocaleRule } from '../validate/file-rules/source-locale.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { type SchemaKind, validators } from '../validate/schemas.js';
import { type FileKind, translationLocale } from './classify.js';
import { decodeText } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { scanMarkdown } from './markdown.js';
import { parseYaml, type YamlSource } from './yaml-document.js';

/** Everything one file contributes: its entities and its diagnostics. Plain data, so it crosses threads and caches. */
export interface ParsedFile {
  path: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
  manifest?: Manifest;
  competency?: Competency;
  role?: Role;
  lesson?: Lesson;
  translation?: Translation;
  questions?: Question[];
  /** Ids this file declares but could not contribute because of errors (`kind:id`). */
  brokenIds: string[];
}

export const fileRules: readonly FileRule[] = [sourceLocaleRule, answerKeyRule];

/** The lesson version a parsed lesson or translation file holds (each holds one), if it holds one. */
export function versionOf(file: ParsedFile): LessonVersion | undefined {
  return file.lesson ? Object.values(file.lesson.versions)[0] : file.translation?.version;
}

/** Bytes over which a file is refused rather than parsed (the YAML parser needs ~150× the size in memory). */
export const maxFileBytes = { yaml: 2 * 1024 * 1024, markdown: 512 * 1024 };

/**
 * Writes a lesson body for rendering from the tokens its parse gave, and says where it is kept (see
 * load/prepared-bodies.ts): a build that renders lessons passes one, so each is parsed once.
 */
export type PrepareBody = (markdown: string, tokens: Token[]) => PreparedRef;

/** The per-file stage: decode, parse, schema-check, run file rules and build the file's entities. */
export function parseFile(
  path: string,
  kind: FileKind,
  bytes: Uint8Array,
  locales: readonly string[],
  prepare?: PrepareBody,
): ParsedFile {
  const result: ParsedFile = { path, kind, diagnostics: [], brokenIds: [] };
  if (kind === 'asset' || kind === 'ignored') return result;
  const limit = kind === 'lesson' || kind === 'translation' ? maxFileBytes.markdown : maxFileBytes.yaml;
  if (bytes.byteLength > limit) {
    result.diagnostics.push({
      ruleId: 'file-size',
      severity: 'error',
      file: path,
      message: `File is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, over the limit of ${limit / 1024 / 1024} MB`,
      hint: 'Split it into several smaller files.',
    });
    return result;
  }
  const decoded = decodeText(bytes, path);
  if ('diagnostic' in decoded) {
    result.diagnostics.push(decoded.diagnostic);
    return result;
  }
  if (kind === 'lesson' || kind === 'translation')
    return parseLessonFile(result, decoded.text, locales, prepare);
  const parsed = parseYaml(decoded.text, path);
  result.diagnostics.push(...parsed.diagnostics);
  if (!parsed.source) return result;
  checkAndBuild(result, kind, parsed.source, locales);
  return result;
}

function checkAndBuild(
  result: ParsedFile,
  kind: SchemaKind,
  source: YamlSource,
  locales: readonly string[],
): void {
  const { path } = result;
  const validate = validators()[kind];
  const valid = validate(source.value) as boolean;
  const schemaErrors = valid
    ? []
    : schemaDiagnostics(validate.errors ?? [], source, path, kind, kind === 'lesson' ? 'warning' : 'error');
  result.diagnostics.push(...schemaErrors);
  const value = source.value as Record<string, unknown>;
  const locale = locales[0] ?? 'und';
  let validItems: Set<number> | undefined;
  if (kind === 'questions' && Array.isArray(source.value)) {
    const badItems = new Set((validate.errors ?? []).map((e) => Number(e.instancePath.split('/')[1])));
    validItems = new Set(source.value.map((_, i) => i).filter((i) => !badItems.has(i)));
  }
  for (const rule of fileRules)
    result.diagnostics.push(...rule.check({ kind, file: path, value, source, locales, validItems }));
  const hasErrors = schemaErrors.some((d) => d.severity === 'error');
  if (kind === 'questions') {
    if (!Array.isArray(source.value)) return;
    source.value.forEach((item: Record<string, unknown>, index) => {
      if (validItems?.has(index))
        result.questions = [...(result.questions ?? []), toQuestion(item, source, path, index, locale)];
      else if (typeof item?.id === 'string') result.brokenIds.push(`question:${item.id}`);
    });
    return;
  }
  if (hasErrors) {
    if (typeof value?.id === 'string') result.brokenIds.push(`${kind}:${value.id}`);
    return;
  }
  if (kind === 'manifest') result.manifest = toManifest(value, source, path);
  if (kind === 'competency') result.competency = toCompetency(value, source, path, locale);
  if (kind === 'role') result.role = toRole(value, source, path, locale);
}

function parseLessonFile(
  result: ParsedFile,
  text: string,
  locales: readonly string[],
  prepare: PrepareBody | undefined,
): ParsedFile {
  const { path, kind } = result;
  const split = splitFrontMatter(text, path);
  if ('diagnostic' in split) {
    result.diagnostics.push(split.diagnostic);
    return result;
  }
  const parsed = parseYaml(split.yaml, path, split.yamlLineOffset);
  result.diagnostics.push(...parsed.diagnostics);
  const markdown = scanMarkdown(split.body, path, split.bodyLine, { tokens: prepare !== undefined });
  result.diagnostics.push(...markdown.diagnostics);
  if (!parsed.source) return result;
  const schemaKind = kind === 'translation' ? 'translation' : 'lesson';
  const before = result.diagnostics.length;
  checkAndBuild(result, schemaKind, parsed.source, locales);
  const failed = result.diagnostics
    .slice(before)
    .some((d) => d.ruleId === 'schema' && d.severity === 'error');
  const value = parsed.source.value as Record<string, unknown>;
  if (failed || !markdown.links) {
    if (typeof value?.id === 'string') result.brokenIds.push(`lesson:${value.id}`);
    return result;
  }
  const source = locales[0] ?? 'und';
  const locale = kind === 'translation' ? translationLocale(path, locales)! : source;
  const version: LessonVersion = {
    locale,
    file: path,
    title: value.title === undefined ? undefined : toText(value.title, locale),
    objectives: (value.objectives as unknown[] | undefined)?.map((o) => toText(o, locale)),
    body: split.body,
    bodyLine: split.bodyLine,
    links: markdown.links,
  };
  if (prepare && markdown.tokens) version.prepared = prepare(split.body, markdown.tokens);
  const origin = originOf(path, parsed.source, [], ['id', 'competency', 'level']);
  if (kind === 'translation') {
    result.translation = { id: value.id as string, version, origin };
  } else {
    result.lesson = {
      id: value.id as string,
      competency: value.competency as string,
      level: value.level as string,
      title: version.title ?? {},
      minutes: value.minutes as number,
      objectives: version.objectives ?? [],
      versions: { [locale]: version },
      origin,
    };
  }
  return result;
}
