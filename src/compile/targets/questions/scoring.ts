import type { Choice } from '../../../model/types.js';

/** Rounds a percentage the way Moodle writes fractions (5 decimals), without trailing zeros. */
export function percent(value: number): number {
  return Math.round(value * 100000) / 100000;
}

/**
 * Partial credit of a multiple-response choice, in percent of the question: the correct choices share +100,
 * the wrong ones share -100 (so ticking everything scores 0). The same rule in Moodle, GIFT and QTI mappings.
 */
export function choiceShare(choice: Choice, choices: readonly Choice[]): number {
  const correct = choices.filter((c) => c.correct).length;
  const wrong = choices.length - correct;
  if (choice.correct) return percent(100 / correct);
  return wrong === 0 ? 0 : percent(-100 / wrong);
}

/** Formats a number for XML and text formats: no exponent for ordinary values, no trailing zeros. */
export function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}
