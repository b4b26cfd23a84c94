import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { type FileRule, isObject } from './file-rule.js';

/** Answer keys must follow FORMAT.md's table: one correct choice for `single`, at least one for `multiple`... */
export const answerKeyRule: FileRule = {
  id: 'answer-key',
  check({ kind, file, value, source, validItems }) {
    const out: Diagnostic[] = [];
    if (kind !== 'questions' || !Array.isArray(value)) return out;
    value.forEach((q: unknown, index) => {
      if (!validItems?.has(index) || !isObject(q)) return;
      const report = (path: (string | number)[], message: string, hint: string): void => {
        out.push({
          ruleId: 'answer-key',
          severity: 'error',
          file,
          start: source.locate([index, ...path]),
          message,
          hint,
        });
      };
      if (q.type === 'single' || q.type === 'multiple') {
        const choices = q.choices as { correct?: boolean; text: unknown }[];
        const correct = choices.filter((c) => c.correct === true).length;
        if (q.type === 'single' && correct !== 1) {
          report(
            ['choices'],
            `Question \`${String(q.id)}\` of type single has ${correct} correct choices, expected exactly 1`,
            correct === 0
              ? 'Mark the right choice with `correct: true`.'
              : 'Keep `correct: true` on one choice, or make the question `type: multiple`.',
          );
        }
        if (q.type === 'multiple' && correct === 0) {
          report(
            ['choices'],
            `Question \`${String(q.id)}\` of type multiple has no correct choice, expected at least 1`,
            'Mark the right choices with `correct: true`.',
          );
        }
        const seen = new Set<string>();
        choices.forEach((c, i) => {
          const key = JSON.stringify(c.text);
          if (seen.has(key))
            report(
              ['choices', i],
              `Question \`${String(q.id)}\` lists the same choice twice`,
              'Make every choice different.',
            );
          seen.add(key);
        });
      }
      if (q.type === 'ordering' || q.type === 'matching') {
        const field = q.type === 'ordering' ? 'items' : 'pairs';
        const seen = new Set<string>();
        (q[field] as unknown[]).forEach((item, i) => {
          const key = JSON.stringify(q.type === 'matching' ? (item as { left: unknown }).left : item);
          if (seen.has(key))
            report(
              [field, i],
              `Question \`${String(q.id)}\` repeats an ${q.type === 'ordering' ? 'item' : 'left side'}, so its answer is ambiguous`,
              'Make every entry different.',
            );
          seen.add(key);
        });
      }
    });
    return out;
  },
};
