import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedFile } from '../load/parse-file.js';
import type { Framework, Lesson, Manifest, Translation } from './types.js';

/** Joins the entities of every parsed file into one framework; translations go into their lesson's versions. */
export function assemble(
  manifest: Manifest,
  parsed: readonly ParsedFile[],
  files: ReadonlySet<string>,
  linksOutside: ReadonlySet<string>,
): Framework {
  const framework: Framework = {
    manifest,
    sourceLocale: manifest.locales[0]!,
    competencies: [],
    roles: [],
    lessons: [],
    questions: [],
    translations: [],
    files,
    linksOutside,
    brokenIds: new Set(parsed.flatMap((p) => p.brokenIds)),
  };
  for (const file of parsed) {
    if (file.competency) framework.competencies.push(file.competency);
    if (file.role) framework.roles.push(file.role);
    if (file.lesson) framework.lessons.push(structuredLesson(file.lesson));
    if (file.translation) framework.translations.push(file.translation);
    if (file.questions) framework.questions.push(...file.questions);
  }
  const lessonsById = new Map<string, Lesson>();
  for (const lesson of framework.lessons) if (!lessonsById.has(lesson.id)) lessonsById.set(lesson.id, lesson);
  for (const translation of framework.translations) attach(lessonsById.get(translation.id), translation);
  return framework;
}

// A cached ParsedFile is shared between runs of a watcher: copy the versions map before adding to it.
function structuredLesson(lesson: Lesson): Lesson {
  return { ...lesson, versions: { ...lesson.versions } };
}

function attach(lesson: Lesson | undefined, translation: Translation): void {
  if (!lesson) return;
  const { locale } = translation.version;
  if (!lesson.versions[locale]) lesson.versions[locale] = translation.version;
}

/** The diagnostics of every file, in one list. */
export function fileDiagnostics(parsed: readonly ParsedFile[]): Diagnostic[] {
  return parsed.flatMap((p) => p.diagnostics);
}
