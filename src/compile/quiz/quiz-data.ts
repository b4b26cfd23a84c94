import { pick } from '../../model/text.js';
import type { Question, Text } from '../../model/types.js';
import { markdownToText, type RenderOptions, renderMarkdown } from '../markdown/render.js';
import { quizLabels } from './quiz-labels.js';
import type { QuizData, QuizQuestion } from './quiz-types.js';
import { letterId, seededShuffle, unwrapParagraph } from './quiz-util.js';

export interface QuizDataOptions {
  id: string;
  title: string;
  locale: string;
  sourceLocale: string;
  passScore: number;
  /** Render options for one question's Markdown (URL rewriting for assets the package carries). */
  renderOptions?(question: Question): RenderOptions;
}

/** Models questions of all seven types as the quiz engine's JSON payload for one locale. */
export function quizData(questions: readonly Question[], options: QuizDataOptions): QuizData {
  return {
    id: options.id,
    locale: options.locale,
    title: options.title,
    passScore: options.passScore,
    labels: quizLabels(options.locale),
    questions: questions.map((q) =>
      quizQuestion(q, options.locale, options.sourceLocale, options.renderOptions?.(q)),
    ),
  };
}

/** One question as payload: stems, choices and feedback as sanitised HTML, answer key included. */
export function quizQuestion(
  q: Question,
  locale: string,
  sourceLocale: string,
  renderOptions: RenderOptions = {},
): QuizQuestion {
  const text = (t: Text) => pick(t, locale, sourceLocale);
  const block = (t: Text) => renderMarkdown(text(t), renderOptions);
  const inline = (t: Text) => unwrapParagraph(block(t));
  const base = {
    id: q.id,
    points: q.points,
    stem: block(q.stem),
    ...(q.feedback ? { feedback: block(q.feedback) } : {}),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: q.type,
        choices: q.choices.map((c, i) => ({
          id: letterId(i),
          html: inline(c.text),
          correct: c.correct,
          ...(c.feedback ? { feedback: block(c.feedback) } : {}),
        })),
      };
    case 'true-false':
      return { ...base, type: q.type, answer: q.answer };
    case 'short-answer':
      return { ...base, type: q.type, answers: q.answers.map((a) => text(a).normalize('NFC')) };
    case 'numeric':
      return { ...base, type: q.type, answer: q.answer, tolerance: q.tolerance };
    case 'matching': {
      const rights = q.pairs.map((p, i) => ({ id: letterId(i), text: markdownToText(text(p.right)) }));
      return {
        ...base,
        type: q.type,
        lefts: q.pairs.map((p, i) => ({ id: String(i + 1), html: inline(p.left) })),
        rights: seededShuffle(rights, q.id),
        key: rights.map((r) => r.id),
      };
    }
    case 'ordering': {
      const items = q.items.map((item, i) => ({ id: letterId(i), html: inline(item) }));
      return { ...base, type: q.type, items: seededShuffle(items, q.id, true), key: items.map((i) => i.id) };
    }
  }
}
