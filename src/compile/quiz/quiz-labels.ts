import type { QuizLabels } from './quiz-types.js';

const en: QuizLabels = {
  question: 'Question {n} of {total}',
  submit: 'Check answers',
  retry: 'Try again',
  correct: 'Correct',
  incorrect: 'Incorrect',
  score: 'Score: {raw} of {max} points ({percent}%)',
  passed: 'Passed',
  failed: 'Not passed yet: {pass}% needed',
  true: 'True',
  false: 'False',
  choose: 'Choose…',
  moveUp: 'Move up: {item}',
  moveDown: 'Move down: {item}',
  moved: '{item}: position {n}',
  answerText: 'Your answer',
  answerNumber: 'Your answer (a number)',
  unanswered: '{count} questions not answered',
};

const vi: QuizLabels = {
  question: 'Câu {n} / {total}',
  submit: 'Kiểm tra đáp án',
  retry: 'Làm lại',
  correct: 'Đúng',
  incorrect: 'Chưa đúng',
  score: 'Điểm: {raw} / {max} ({percent}%)',
  passed: 'Đạt',
  failed: 'Chưa đạt: cần {pass}%',
  true: 'Đúng',
  false: 'Sai',
  choose: 'Chọn…',
  moveUp: 'Chuyển lên: {item}',
  moveDown: 'Chuyển xuống: {item}',
  moved: '{item}: vị trí {n}',
  answerText: 'Câu trả lời của bạn',
  answerNumber: 'Câu trả lời của bạn (một số)',
  unanswered: 'Còn {count} câu chưa trả lời',
};

const byLanguage: Record<string, QuizLabels> = { en, vi };

/** The quiz's interface strings for a BCP 47 locale (by primary language), English when unknown. */
export function quizLabels(locale: string): QuizLabels {
  return byLanguage[locale.toLowerCase().split('-')[0] ?? ''] ?? en;
}
