import type { Lesson, LessonVersion, Text } from './types.js';

/** Turns a text as written (string or locale map) into a locale map. */
export function toText(value: unknown, sourceLocale: string): Text {
  if (typeof value === 'string') return { [sourceLocale]: value };
  const out: Record<string, string> = {};
  for (const [locale, s] of Object.entries(value as Record<string, string>)) out[locale] = s;
  return out;
}

/** The text in `locale`, falling back to the source locale, then to any locale there is. */
export function pick(text: Text | undefined, locale: string, sourceLocale: string): string {
  if (!text) return '';
  return text[locale] ?? text[sourceLocale] ?? Object.values(text)[0] ?? '';
}

/** The version of a lesson shown in `locale`: its translation, else the source. */
export function lessonVersion(lesson: Lesson, locale: string, sourceLocale: string): LessonVersion {
  return (lesson.versions[locale] ?? lesson.versions[sourceLocale]) as LessonVersion;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
