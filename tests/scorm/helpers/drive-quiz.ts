import type { Frame } from 'playwright-core';
import type { QuizData, QuizQuestion } from '../../../src/compile/quiz/quiz-types.js';

/** Reads the quiz payload from the assessment page. */
export async function quizOf(frame: Frame): Promise<QuizData> {
  return JSON.parse((await frame.locator('#quiz-data').textContent()) ?? '{}') as QuizData;
}

/** Answers question `index` the way a learner would, through the rendered controls: right or wrong. */
export async function answer(frame: Frame, q: QuizQuestion, index: number, right: boolean): Promise<void> {
  const box = frame.locator('.cq-question').nth(index);
  switch (q.type) {
    case 'single': {
      const choice = q.choices.find((c) => c.correct === right) ?? q.choices[0];
      await box.locator(`input[value="${choice?.id}"]`).check();
      return;
    }
    case 'multiple':
      for (const c of q.choices) if (c.correct === right) await box.locator(`input[value="${c.id}"]`).check();
      return;
    case 'true-false':
      await box.locator(`input[value="${String(right ? q.answer : !q.answer)}"]`).check();
      return;
    case 'short-answer':
      await box
        .locator('input[type=text]')
        .fill(right ? ` ${(q.answers[0] ?? '').toUpperCase()} ` : 'không biết');
      return;
    case 'numeric':
      // A comma decimal within the tolerance, as a Vietnamese learner would type it.
      await box
        .locator('input[type=text]')
        .fill(right ? String(q.answer + q.tolerance / 2).replace('.', ',') : '999');
      return;
    case 'matching':
      for (const [i, left] of q.lefts.entries()) {
        const target = right ? q.key[i] : q.key[(i + 1) % q.key.length];
        await box.locator(`select[id$="-${left.id}"]`).selectOption(target ?? '');
      }
      return;
    case 'ordering':
      if (!right) return; // the starting order is never the right one
      for (const [position, id] of q.key.entries()) {
        for (;;) {
          const order = await box
            .locator('.cq-item')
            .evaluateAll((items) => items.map((i) => i.getAttribute('data-item')));
          if (order.indexOf(id) <= position) break;
          await box.locator(`button[data-item="${id}"][data-dir="up"]`).click();
        }
      }
      return;
  }
}
