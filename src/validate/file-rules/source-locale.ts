import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { type FileRule, isObject, textFields } from './file-rule.js';

/** A text map must have the source locale; a locale the manifest does not list is a typo. */
export const sourceLocaleRule: FileRule = {
  id: 'source-locale',
  check({ kind, file, value, source, locales }) {
    const out: Diagnostic[] = [];
    const [sourceLocale] = locales;
    if (sourceLocale === undefined) return out;
    const targets = locales.slice(1);
    for (const [path, text] of textFields(kind, value)) {
      const has = isObject(text) ? Object.keys(text) : typeof text === 'string' ? [sourceLocale] : [];
      const missing = targets.filter((l) => !has.includes(l));
      // A lesson's title and objectives are translated by its translation files, checked by the translations rule.
      if (kind !== 'lesson' && has.length > 0 && missing.length > 0) {
        out.push({
          ruleId: 'missing-translation',
          severity: 'warning',
          file,
          start: source.locate(path),
          message: `Text has no translation into ${missing.map((l) => `\`${l}\``).join(', ')}`,
          hint: `Write it as a map: { ${sourceLocale}: "…", ${missing.map((l) => `${l}: "…"`).join(', ')} }.`,
        });
      }
      if (!isObject(text)) continue;
      if (!(sourceLocale in text)) {
        out.push({
          ruleId: 'source-locale',
          severity: 'error',
          file,
          start: source.locate(path),
          message: `Text lacks the source locale \`${sourceLocale}\` (has ${Object.keys(text).join(', ')})`,
          hint: `Add \`${sourceLocale}: "…"\`: every text is written in the source locale first.`,
        });
      }
      for (const locale of Object.keys(text)) {
        if (!locales.includes(locale)) {
          out.push({
            ruleId: 'unknown-locale',
            severity: 'warning',
            file,
            start: source.locate([...path, locale], 'key'),
            message: `Unexpected locale \`${locale}\`, expected one of ${locales.join(', ')}`,
            hint: `Add \`${locale}\` to \`locales\` in curriculum.yaml, or fix the code.`,
          });
        }
      }
    }
    return out;
  },
};
