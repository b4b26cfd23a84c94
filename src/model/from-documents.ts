import type { Position } from '../diagnostics/diagnostic.js';
import type { PathSegment, YamlSource } from '../load/yaml-document.js';
import { toText } from './text.js';
import type { Choice, Competency, Manifest, Origin, Question, Role, Text } from './types.js';

type Doc = Record<string, unknown>;

/** Records where the fields that other files refer to stand, so cross-file rules can point at them. */
export function originOf(file: string, source: YamlSource, base: PathSegment[], fields: string[]): Origin {
  const positions: Record<string, Position> = {};
  positions[''] = source.locate(base);
  for (const field of fields) positions[field] = source.locate([...base, field]);
  return { file, positions };
}

const texts = (list: unknown, locale: string): Text[] =>
  ((list as unknown[] | undefined) ?? []).map((t) => toText(t, locale));
const optionalText = (v: unknown, locale: string): Text | undefined =>
  v === undefined ? undefined : toText(v, locale);

export function toManifest(doc: Doc, source: YamlSource, file: string): Manifest {
  const origin = originOf(file, source, [], ['id', 'version', 'locales', 'levels', 'areas']);
  const positions = origin.positions as Record<string, Position>;
  for (const group of ['levels', 'areas']) {
    (doc[group] as unknown[]).forEach((_, i) => {
      positions[`${group}.${i}`] = source.locate([group, i, 'id']);
    });
  }
  const locales = doc.locales as string[];
  const locale = locales[0]!;
  const assessment = (doc.assessment ?? {}) as { passScore?: number; minQuestions?: number };
  const named = (list: unknown) =>
    (list as Doc[]).map((x) => ({
      id: x.id as string,
      title: toText(x.title, locale),
      description: optionalText(x.description, locale),
    }));
  return {
    schema: 1,
    id: doc.id as string,
    version: doc.version as string,
    title: toText(doc.title, locale),
    description: optionalText(doc.description, locale),
    locales,
    levels: named(doc.levels),
    areas: named(doc.areas),
    assessment: { passScore: assessment.passScore ?? 0.8, minQuestions: assessment.minQuestions ?? 3 },
    origin,
  };
}

export function toCompetency(doc: Doc, source: YamlSource, file: string, locale: string): Competency {
  const levels: Competency['levels'] = {};
  for (const [level, body] of Object.entries(doc.levels as Record<string, Doc>)) {
    levels[level] = { outcomes: texts(body.outcomes, locale) };
  }
  const origin = originOf(file, source, [], ['id', 'area', 'levels']);
  const positions = origin.positions as Record<string, Position>;
  for (const level of Object.keys(levels))
    positions[`levels.${level}`] = source.locate(['levels', level], 'key');
  return {
    id: doc.id as string,
    area: doc.area as string,
    title: toText(doc.title, locale),
    description: optionalText(doc.description, locale),
    levels,
    origin,
  };
}

export function toRole(doc: Doc, source: YamlSource, file: string, locale: string): Role {
  const requires = { ...(doc.requires as Record<string, string>) };
  const origin = originOf(file, source, [], ['id', 'requires']);
  const positions = origin.positions as Record<string, Position>;
  for (const competency of Object.keys(requires)) {
    positions[`requires.${competency}`] = source.locate(['requires', competency], 'key');
    positions[`requires.${competency}:level`] = source.locate(['requires', competency]);
  }
  return {
    id: doc.id as string,
    title: toText(doc.title, locale),
    description: optionalText(doc.description, locale),
    requires,
    origin,
  };
}

export function toQuestion(
  doc: Doc,
  source: YamlSource,
  file: string,
  index: number,
  locale: string,
): Question {
  const base = {
    id: doc.id as string,
    competency: doc.competency as string,
    level: doc.level as string,
    stem: toText(doc.stem, locale),
    feedback: optionalText(doc.feedback, locale),
    points: (doc.points as number | undefined) ?? 1,
    origin: originOf(file, source, [index], ['id', 'competency', 'level']),
  };
  switch (doc.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: doc.type,
        choices: (doc.choices as Doc[]).map(
          (c): Choice => ({
            text: toText(c.text, locale),
            correct: c.correct === true,
            feedback: optionalText(c.feedback, locale),
          }),
        ),
      };
    case 'true-false':
      return { ...base, type: 'true-false', answer: doc.answer as boolean };
    case 'short-answer':
      return { ...base, type: 'short-answer', answers: texts(doc.answers, locale) };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        answer: doc.answer as number,
        tolerance: (doc.tolerance as number | undefined) ?? 0,
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: (doc.pairs as Doc[]).map((p) => ({
          left: toText(p.left, locale),
          right: toText(p.right, locale),
        })),
      };
    default:
      return { ...base, type: 'ordering', items: texts(doc.items, locale) };
  }
}
