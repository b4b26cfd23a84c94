/** The words for true and false in the locales the toolkit knows; English for others. */
const words: Record<string, readonly [string, string]> = {
  en: ['True', 'False'],
  vi: ['Đúng', 'Sai'],
  fr: ['Vrai', 'Faux'],
  de: ['Wahr', 'Falsch'],
  es: ['Verdadero', 'Falso'],
};

/** Labels of a true-false question's two choices in `locale` (by its primary language subtag). */
export function trueFalseLabels(locale: string): readonly [string, string] {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  return words[language] ?? words.en!;
}
