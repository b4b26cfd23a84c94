import { describe, expect, it } from 'vitest';
import { quizData } from '../../src/compile/quiz/quiz-data.js';
import type { Question } from '../../src/model/types.js';

const origin = { file: 'questions/q.yaml', positions: {} };
const base = { competency: 'c', level: 'basic', points: 1, origin };
const vi = (s: string) => ({ vi: s });

const questions: Question[] = [
  {
    ...base,
    id: 'single',
    type: 'single',
    stem: vi('Chọn **một** <script>alert(1)</script> [x](javascript:alert(1))'),
    feedback: vi('Vì vậy.'),
    choices: [
      { text: vi('`a`'), correct: true, feedback: vi('Đúng rồi') },
      { text: vi('b'), correct: false },
    ],
  },
  { ...base, id: 'tf', type: 'true-false', stem: vi('Đúng?'), answer: false },
  { ...base, id: 'short', type: 'short-answer', stem: vi('Gõ'), answers: [{ vi: 'Hà Nội', en: 'Hanoi' }] },
  { ...base, id: 'num', type: 'numeric', stem: vi('Số'), answer: 3.5, tolerance: 0.1 },
  {
    ...base,
    id: 'match',
    type: 'matching',
    stem: vi('Ghép'),
    pairs: [
      { left: vi('A'), right: vi('**một**') },
      { left: vi('B'), right: vi('hai') },
      { left: vi('C'), right: vi('ba') },
    ],
  },
  { ...base, id: 'order', type: 'ordering', stem: vi('Xếp'), items: [vi('1'), vi('2'), vi('3')] },
];

describe('quizData: the quiz engine payload', () => {
  const data = quizData(questions, {
    id: 'quiz',
    title: 'T',
    locale: 'vi',
    sourceLocale: 'vi',
    passScore: 0.8,
  });

  it('renders Markdown through the sanitising pipeline: no script, no javascript: link', () => {
    const stem = data.questions[0]?.stem ?? '';
    expect(stem).toContain('<strong>một</strong>');
    expect(stem).not.toMatch(/<script|javascript:/i);
  });

  it('keeps the answer keys, with short ids for choices and items', () => {
    const [single, tf, short, num, match, order] = data.questions;
    expect(single).toMatchObject({
      type: 'single',
      choices: [{ id: 'a', html: '<code>a</code>', correct: true }, { id: 'b' }],
    });
    expect(tf).toMatchObject({ answer: false });
    expect(short).toMatchObject({ answers: ['Hà Nội'] });
    expect(num).toMatchObject({ answer: 3.5, tolerance: 0.1 });
    if (match?.type !== 'matching' || order?.type !== 'ordering') throw new Error('types');
    expect(match.lefts.map((l) => l.id)).toEqual(['1', '2', '3']);
    expect(match.key).toEqual(['a', 'b', 'c']);
    expect(match.rights.find((r) => r.id === 'a')?.text).toBe('một');
    expect(order.key).toEqual(['a', 'b', 'c']);
    expect(order.items.map((i) => i.id)).not.toEqual(order.key);
  });

  it('is stable: the same input gives the same payload', () => {
    const again = quizData(questions, {
      id: 'quiz',
      title: 'T',
      locale: 'vi',
      sourceLocale: 'vi',
      passScore: 0.8,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('picks the locale, falling back to the source', () => {
    const en = quizData(questions, { id: 'q', title: 'T', locale: 'en', sourceLocale: 'vi', passScore: 0.8 });
    expect(en.questions[2]).toMatchObject({ answers: ['Hanoi'] });
    expect(en.questions[1]?.stem).toBe('<p>Đúng?</p>');
    expect(en.labels.submit).toBe('Check answers');
  });
});
