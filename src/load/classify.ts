/** What a file below the root is, by the layout of FORMAT.md. */
export type FileKind =
  | 'manifest'
  | 'competency'
  | 'role'
  | 'lesson'
  | 'translation'
  | 'questions'
  | 'asset'
  | 'ignored';

const yamlExt = /\.ya?ml$/;

/** Classifies a root-relative path; `locales` are the manifest's, the first being the source. */
export function classify(path: string, locales: readonly string[]): FileKind {
  if (path === 'curriculum.yaml' || path === 'curriculum.yml') return 'manifest';
  const [top] = path.split('/', 1);
  switch (top) {
    case 'competencies':
      return yamlExt.test(path) ? 'competency' : 'ignored';
    case 'roles':
      return yamlExt.test(path) ? 'role' : 'ignored';
    case 'questions':
      return yamlExt.test(path) ? 'questions' : 'ignored';
    case 'lessons':
      if (!path.endsWith('.md')) return 'ignored';
      return translationLocale(path, locales) ? 'translation' : 'lesson';
    case 'assets':
      return 'asset';
    default:
      return 'ignored';
  }
}

/** The locale of a translation file (`name.<locale>.md`, a non-source locale), else undefined. */
export function translationLocale(path: string, locales: readonly string[]): string | undefined {
  const match = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/.exec(path);
  if (!match) return undefined;
  const locale = match[1]!;
  return locales.indexOf(locale) > 0 ? locale : undefined;
}
