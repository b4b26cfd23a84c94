import MiniSearch from 'minisearch';
import { isLatinLetterOrMark } from '../../../util/latin-letters.js';
import type { SiteModel } from './site-model.js';
import { sitePaths } from './site-paths.js';

const folded = new Map<string, string>();

/** Folds a search term as static/fold.js does in the browser: NFD, marks stripped, đ → d, lower case. */
export function foldTerm(term: string): string {
  // A framework's vocabulary is a few thousand words said a million times: fold each once.
  let out = folded.get(term);
  if (out === undefined) {
    out = term.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (folded.size > 200_000) folded.clear();
    folded.set(term, out);
  }
  return out;
}

const indexedFields = ['title', 'text'] as const;
const storedFields = ['title', 'url', 'kind', 'context'] as const;

/**
 * The MiniSearch options the index is written for: search.js loads it with the same, and the tests hold the index to
 * what MiniSearch itself builds with them.
 */
export const searchOptions = {
  fields: [...indexedFields],
  storeFields: [...storedFields],
  processTerm: foldTerm,
};

/** One entry of a locale's search index. */
export interface SearchDoc {
  id: string;
  kind: 'lesson' | 'competency' | 'role';
  title: string;
  text: string;
  url: string;
  context: string;
}

/** What a locale's index holds: competencies, roles and lessons, URLs relative to the search page. */
export function searchDocs(
  model: SiteModel,
  locale: string,
  lessonText: (id: string) => string,
): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const from = sitePaths.search(locale).split('/')[0] as string;
  const url = (p: string) => p.slice(from.length + 1);
  for (const c of model.competencies) {
    const outcomes = Object.values(c.levels).flatMap((l) => l.outcomes.map((o) => model.text(o, locale)));
    docs.push({
      id: `c:${c.id}`,
      kind: 'competency',
      title: model.text(c.title, locale),
      text: [model.text(c.description, locale), ...outcomes].join(' '),
      url: url(sitePaths.competency(locale, c.id)),
      context: model.text(model.framework.manifest.areas.find((a) => a.id === c.area)?.title, locale),
    });
  }
  for (const role of model.look.role.values()) {
    docs.push({
      id: `r:${role.id}`,
      kind: 'role',
      title: model.text(role.title, locale),
      text: model.text(role.description, locale),
      url: url(sitePaths.role(locale, role.id)),
      context: '',
    });
  }
  for (const lesson of model.look.lesson.values()) {
    docs.push({
      id: `l:${lesson.id}`,
      kind: 'lesson',
      title: model.lessonTitle(lesson, locale),
      text: [...model.lessonObjectives(lesson, locale), lessonText(lesson.id)].join(' '),
      url: url(sitePaths.lesson(locale, lesson.id)),
      context: `${model.text(model.look.competency.get(lesson.competency)?.title, locale)} · ${model.levelTitle(lesson.level, locale)}`,
    });
  }
  return docs;
}

/**
 * A locale's search index as a classic script (`self.curriculumSearchIndex = {...}`), so it loads from a USB stick
 * (file:) as well as from a server.
 */
export function searchIndexScript(docs: readonly SearchDoc[]): string {
  return `self.curriculumSearchIndex = ${serialisedIndex(docs).replace(/</g, '\\u003c')};\n`;
}

type StoredField = (typeof storedFields)[number];

/**
 * The JSON of the index MiniSearch would serialise after `addAll(docs)` with searchOptions and splitTerms (what
 * `MiniSearch.loadJSON` reads in search.js), byte for byte: the tests hold the two together. Each word is counted
 * once, in a flat list per term and field, where MiniSearch's `add` walks its radix tree and two maps for it (a third
 * of the indexing, and most of the memory). The terms are listed in MiniSearch's own order, which MiniSearch itself
 * gives (its tree's order, which depends only on the order in which terms first appear).
 */
function serialisedIndex(docs: readonly SearchDoc[]): string {
  // term -> field id -> [document id, occurrences, document id, occurrences, ...]: documents are counted in order, so
  // each list is in document order, as MiniSearch writes it.
  const postings = new Map<string, (number[] | undefined)[]>();
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const stored: Record<number, Partial<Record<StoredField, string>>> = {};
  const averageFieldLength: number[] = [];
  docs.forEach((doc, id) => {
    documentIds[id] = doc.id;
    const fields: Partial<Record<StoredField, string>> = {};
    for (const name of storedFields) fields[name] = doc[name];
    stored[id] = fields;
    const lengths: number[] = [];
    indexedFields.forEach((field, fieldId) => {
      const tokens = splitTerms(doc[field]);
      const length = new Set(tokens).size;
      lengths[fieldId] = length;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * id + length) / (id + 1);
      for (const token of tokens) {
        const term = foldTerm(token);
        if (!term) continue;
        let byField = postings.get(term);
        if (!byField) {
          byField = [];
          postings.set(term, byField);
        }
        let counts = byField[fieldId];
        if (!counts) {
          counts = [];
          byField[fieldId] = counts;
        }
        if (counts[counts.length - 2] === id) (counts[counts.length - 1] as number)++;
        else counts.push(id, 1);
      }
    });
    fieldLength[id] = lengths;
  });
  // What JSON.stringify gives for `[term, {fieldId: {documentId: occurrences}}]` (integer keys come in order).
  const index = inMiniSearchOrder([...postings.keys()]).map((term) => {
    const byField = postings.get(term) ?? [];
    const fields: string[] = [];
    byField.forEach((counts, fieldId) => {
      if (!counts) return;
      const pairs: string[] = [];
      for (let i = 0; i < counts.length; i += 2) pairs.push(`"${counts[i]}":${counts[i + 1]}`);
      fields.push(`"${fieldId}":{${pairs.join(',')}}`);
    });
    return `[${JSON.stringify(term)},{${fields.join(',')}}]`;
  });
  const head = JSON.stringify({
    documentCount: docs.length,
    nextId: docs.length,
    documentIds,
    fieldIds: Object.fromEntries(indexedFields.map((field, i) => [field, i])),
    fieldLength,
    averageFieldLength,
    storedFields: stored,
    dirtCount: 0,
  });
  return `${head.slice(0, -1)},"index":[${index.join(',')}],"serializationVersion":2}`;
}

/** Terms in the order a MiniSearch index lists them when they were first added in this order. */
function inMiniSearchOrder(terms: string[]): string[] {
  const order = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: () => terms,
    processTerm: (term) => term,
  });
  order.add({ id: 0, terms: '' });
  return order.toJSON().index.map(([term]) => term);
}

// MiniSearch's own tokenizer (search.js queries with it) splits at runs of line breaks, separators and punctuation:
// `text.split(/[\n\r\p{Z}\p{P}]+/u)`.
const separator = /^[\n\r\p{Z}\p{P}]$/u;

/**
 * The terms MiniSearch's tokenizer gives (empty ones too: MiniSearch counts them in a field's length), found in
 * one pass that knows ASCII and the Latin letters Vietnamese is written in, asking the pattern only of other
 * characters: the pattern alone is a quarter of the indexing.
 */
export function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let start = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character to the pattern.
    const width =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    const isSeparator =
      c < 0x80
        ? asciiSeparator[c] === 1
        : isLatinLetterOrMark(c)
          ? false
          : separator.test(text.slice(i, i + width));
    if (isSeparator && !inRun) {
      terms.push(text.slice(start, i));
      inRun = true;
    } else if (!isSeparator && inRun) {
      start = i;
      inRun = false;
    }
    i += width;
  }
  terms.push(inRun ? '' : text.slice(start));
  return terms;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const asciiSeparator = Uint8Array.from({ length: 128 }, (_, c) =>
  separator.test(String.fromCharCode(c)) ? 1 : 0,
);
