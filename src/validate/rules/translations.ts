import type { FrameworkRule } from './rule.js';

/** Every translation belongs to a source lesson; a lesson missing a translation into a locale is a warning. */
export const translationsRule: FrameworkRule = {
  id: 'translations',
  check({ framework, look, report }) {
    for (const translation of framework.translations) {
      const lesson = look.lesson.get(translation.id);
      if (!lesson) {
        if (framework.brokenIds.has(`lesson:${translation.id}`)) continue;
        report({
          ruleId: 'translation-orphan',
          severity: 'error',
          file: translation.origin.file,
          start: translation.origin.positions.id,
          message: `Translation of unknown lesson \`${translation.id}\``,
          hint: 'A translation carries the same `id` as its source lesson, which sits beside it without the locale suffix.',
        });
        continue;
      }
      if (!translation.version.title) {
        report({
          ruleId: 'missing-translation',
          severity: 'warning',
          file: translation.origin.file,
          start: translation.origin.positions[''],
          message: `Translation of \`${translation.id}\` into \`${translation.version.locale}\` has no \`title\``,
          hint: 'Add the translated `title:` to its front matter.',
        });
      }
    }
    const targets = framework.manifest.locales.slice(1);
    for (const lesson of framework.lessons) {
      const missing = targets.filter((locale) => !lesson.versions[locale]);
      if (missing.length === 0) continue;
      report({
        ruleId: 'missing-translation',
        severity: 'warning',
        file: lesson.origin.file,
        start: lesson.origin.positions.id,
        message: `Lesson \`${lesson.id}\` has no translation into ${missing.map((l) => `\`${l}\``).join(', ')}`,
        hint: `Add ${missing.map((l) => lesson.origin.file.replace(/\.md$/, `.${l}.md`)).join(', ')} with the same id.`,
      });
    }
  },
};
