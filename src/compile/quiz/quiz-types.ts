/** The JSON payload that templates/quiz/quiz.js renders: one quiz in one locale, HTML already sanitised. */
export interface QuizData {
  id: string;
  locale: string;
  title: string;
  /** Fraction of points needed to pass (assessment.passScore). */
  passScore: number;
  labels: QuizLabels;
  questions: QuizQuestion[];
}

interface QuizQuestionBase {
  id: string;
  points: number;
  /** Sanitised HTML of the stem. */
  stem: string;
  /** Sanitised HTML of the general feedback, shown after submitting. */
  feedback?: string;
}

/** A choice: short id (`a`, `b`...), inline HTML, whether it is correct and its own feedback. */
export interface QuizChoice {
  id: string;
  html: string;
  correct: boolean;
  feedback?: string;
}

/** One question of any of the seven types, with its answer key (grading is client-side). */
export type QuizQuestion =
  | (QuizQuestionBase & { type: 'single' | 'multiple'; choices: QuizChoice[] })
  | (QuizQuestionBase & { type: 'true-false'; answer: boolean })
  | (QuizQuestionBase & { type: 'short-answer'; answers: string[] })
  | (QuizQuestionBase & { type: 'numeric'; answer: number; tolerance: number })
  | (QuizQuestionBase & {
      type: 'matching';
      /** Left items (ids `1`, `2`...) as inline HTML. */
      lefts: { id: string; html: string }[];
      /** Right items (ids `a`, `b`...) as plain text, shuffled deterministically (they fill `<select>`s). */
      rights: { id: string; text: string }[];
      /** For each left, in order, the id of its right. */
      key: string[];
    })
  | (QuizQuestionBase & {
      type: 'ordering';
      /** Items (ids `a`, `b`...) in their starting display order, never the correct one. */
      items: { id: string; html: string }[];
      /** Item ids in the correct order. */
      key: string[];
    });

/** The interface strings of the quiz, in the quiz's locale. */
export interface QuizLabels {
  question: string;
  submit: string;
  retry: string;
  correct: string;
  incorrect: string;
  score: string;
  passed: string;
  failed: string;
  true: string;
  false: string;
  choose: string;
  moveUp: string;
  moveDown: string;
  moved: string;
  answerText: string;
  answerNumber: string;
  unanswered: string;
}
