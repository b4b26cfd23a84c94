import type { Question, Text } from '../../../model/types.js';
import { areaOf, type Bank, type BankFormat, local } from './bank.js';

/** A text as written (Markdown) and as sanitised HTML, images pointing at root-relative asset paths. */
interface JsonText {
  markdown: string;
  html: string;
}

/**
 * JSON for custom platforms and scripts: every field of every question, texts in Markdown and sanitised HTML,
 * plus the tests by role and level (question ids per competency).
 */
export const json: BankFormat = {
  label: 'JSON',
  extension: '.json',
  types: new Set(['single', 'multiple', 'true-false', 'short-answer', 'numeric', 'matching', 'ordering']),
  async build(bank) {
    const manifest = bank.framework.manifest;
    const out = {
      framework: { id: manifest.id, version: manifest.version },
      name: bank.name,
      title: bank.title,
      locale: bank.locale,
      passScore: manifest.assessment.passScore,
      questions: bank.questions.map((q) => question(bank, q)),
      tests: bank.tests.map((test) => ({
        id: test.id,
        title: test.title,
        sections: test.sections.map((s) => ({
          competency: s.competency,
          questions: s.questions.map((q) => q.id),
        })),
      })),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  },
};

function question(bank: Bank, q: Question): Record<string, unknown> {
  const t = (text: Text | undefined): JsonText | undefined => {
    if (!text) return undefined;
    const markdown = local(bank, text);
    return { markdown, html: bank.render.html(markdown, q.origin.file, 'json', (target) => target).html };
  };
  const base = {
    id: q.id,
    type: q.type,
    area: areaOf(bank, q),
    competency: q.competency,
    level: q.level,
    points: q.points,
    stem: t(q.stem),
    feedback: t(q.feedback),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        choices: q.choices.map((c) => ({ text: t(c.text), correct: c.correct, feedback: t(c.feedback) })),
      };
    case 'true-false':
      return { ...base, answer: q.answer };
    case 'short-answer':
      return { ...base, answers: q.answers.map((a) => local(bank, a)) };
    case 'numeric':
      return { ...base, answer: q.answer, tolerance: q.tolerance };
    case 'matching':
      return { ...base, pairs: q.pairs.map((p) => ({ left: t(p.left), right: t(p.right) })) };
    case 'ordering':
      return { ...base, items: q.items.map((item) => t(item)) };
  }
}
