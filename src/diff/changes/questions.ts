import type { Question, Text } from '../../model/types.js';
import { type ChangeSink, matchById, placeOf, sameText, sameTexts, staleLocales } from '../match.js';

/** Questions: added, removed, moved to another cell, answer key, stem, wording or points changed, stale translations. */
export function questionChanges(
  old: readonly Question[],
  now: readonly Question[],
  source: string,
  report: ChangeSink,
): void {
  const { removed, added, kept } = matchById(old, now);
  for (const q of removed)
    report({
      kind: 'question-removed',
      severity: 'breaking',
      entity: 'question',
      id: q.id,
      message: `Question \`${q.id}\` removed: attempts recorded against it point at nothing`,
      place: placeOf(q.origin, 'old'),
    });
  for (const q of added)
    report({
      kind: 'question-added',
      severity: 'info',
      entity: 'question',
      id: q.id,
      message: `Question \`${q.id}\` added to \`${q.competency}\` at \`${q.level}\``,
      place: placeOf(q.origin, 'new'),
    });
  for (const [a, b] of kept) {
    if (a === b) continue; // parsed once from the same git blob
    const change = { entity: 'question' as const, id: b.id, place: placeOf(b.origin, 'new') };
    if (a.competency !== b.competency || a.level !== b.level)
      report({
        ...change,
        kind: 'question-moved',
        severity: 'warning',
        message: `Question \`${b.id}\` moved from \`${a.competency}\` at \`${a.level}\` to \`${b.competency}\` at \`${b.level}\``,
        before: `${a.competency}@${a.level}`,
        after: `${b.competency}@${b.level}`,
      });
    const rekeyed = answerKey(a, source) !== answerKey(b, source);
    if (rekeyed)
      report({
        ...change,
        kind: 'question-answer-changed',
        severity: 'breaking',
        message: `Question \`${b.id}\`: answer key changed${a.type === b.type ? '' : ` (${a.type} → ${b.type})`}: past scores no longer hold`,
      });
    if (!sameText(a.stem, b.stem))
      report({
        ...change,
        kind: 'question-stem-changed',
        severity: 'info',
        message: `Question \`${b.id}\`: stem reworded`,
      });
    // Accepted answers, pairs and items are the key itself: a new key is not also reported as new wording.
    if (!sameTexts(otherTexts(a), otherTexts(b)) || (!rekeyed && !sameTexts(keyTexts(a), keyTexts(b))))
      report({
        ...change,
        kind: 'question-wording-changed',
        severity: 'info',
        message: `Question \`${b.id}\`: choices, answers or feedback reworded`,
      });
    if (a.points !== b.points)
      report({
        ...change,
        kind: 'question-points-changed',
        severity: 'warning',
        message: `Question \`${b.id}\`: points ${a.points} → ${b.points}`,
        before: a.points,
        after: b.points,
      });
    const texts = (q: Question) => [q.stem, ...otherTexts(q), ...keyTexts(q)];
    const stale = staleLocales(texts(a), texts(b), source);
    if (stale.length)
      report({
        ...change,
        kind: 'translation-stale',
        severity: 'warning',
        message: `Question \`${b.id}\`: source text changed but its ${stale.join(', ')} translation did not`,
        details: stale,
      });
  }
}

/** What scoring depends on, as one string: correct flags by position, answers, pairs and order in the source locale. */
export function answerKey(q: Question, source: string): string {
  const s = (t: Text) => t[source] ?? '';
  switch (q.type) {
    case 'single':
    case 'multiple':
      return JSON.stringify([q.type, q.choices.map((c) => c.correct)]);
    case 'true-false':
      return JSON.stringify([q.type, q.answer]);
    case 'short-answer':
      return JSON.stringify([
        q.type,
        q.answers.flatMap((t) => Object.values(t).map((x) => x.toLowerCase())).sort(),
      ]);
    case 'numeric':
      return JSON.stringify([q.type, q.answer, q.tolerance]);
    case 'matching':
      return JSON.stringify([q.type, q.pairs.map((p) => [s(p.left), s(p.right)])]);
    case 'ordering':
      return JSON.stringify([q.type, q.items.map(s)]);
  }
}

// Feedback and choices: the texts around the answer key.
function otherTexts(q: Question): Text[] {
  const feedback = q.feedback ?? {};
  if (q.type === 'single' || q.type === 'multiple')
    return [feedback, ...q.choices.flatMap((c) => [c.text, c.feedback ?? {}])];
  return [feedback];
}

// Texts that are the answer key: accepted answers, pairs, items.
function keyTexts(q: Question): Text[] {
  switch (q.type) {
    case 'short-answer':
      return q.answers;
    case 'matching':
      return q.pairs.flatMap((p) => [p.left, p.right]);
    case 'ordering':
      return q.items;
    default:
      return [];
  }
}
