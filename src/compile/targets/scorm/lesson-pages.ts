import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { fill, lessonVersion, pick } from '../../../model/text.js';
import type { Lesson } from '../../../model/types.js';
import type { CompileContext } from '../../target.js';
import { pageLabels } from './labels.js';
import { renderLessons } from './lesson-pool.js';
import type { LessonJob, LessonResult } from './lesson-render.js';

/**
 * Renders each lesson page once (in the chosen locale) and compresses it once, however many packages carry
 * it: all pages up front, on worker threads when there are many. Remote images are dropped and reported.
 */
export async function renderLessonPages(
  context: CompileContext,
  lessons: Iterable<Lesson>,
  locale: string,
): Promise<Map<string, LessonResult>> {
  const { framework } = context;
  const unique = [...new Map([...lessons].map((l) => [l.id, l])).values()];
  const labels = pageLabels(locale);
  const text = (t: Parameters<typeof pick>[0]) => pick(t, locale, framework.sourceLocale);
  const jobs: LessonJob[] = unique.map((lesson) => {
    const version = lessonVersion(lesson, locale, framework.sourceLocale);
    return {
      id: lesson.id,
      file: version.file,
      markdown: version.body,
      view: {
        lang: locale,
        title: lessonTitle(lesson, locale, framework.sourceLocale),
        competency: text(context.look.competency.get(lesson.competency)?.title) || lesson.competency,
        minutesLabel: fill(labels.minutes, { n: lesson.minutes }),
        objectives: (version.objectives ?? lesson.objectives).map((o) => text(o)),
        labels,
      },
    };
  });
  const lessonFiles: [string, string][] = framework.lessons.flatMap((l) =>
    Object.values(l.versions).map((v): [string, string] => [v.file, l.id]),
  );
  const results = await renderLessons(jobs, { files: [...framework.files], lessonFiles });
  const pages = new Map<string, LessonResult>();
  for (const [i, job] of jobs.entries()) {
    const result = results[i] as LessonResult;
    pages.set(job.id, result);
    for (const url of new Set(result.remote)) context.report(remoteImage(url, job.file));
  }
  return pages;
}

/** The warning for a remote image in a lesson or question: it is dropped from the package. */
export function remoteImage(url: string, file: string): Diagnostic {
  return {
    ruleId: 'scorm/remote-image',
    severity: 'warning',
    message: `Unexpected remote image ${url} in a SCORM package, expected a file under assets/`,
    file,
    hint: 'Packages must work offline: download the image into assets/ and link it from there.',
  };
}

/** The lesson's title in `locale` (a translation's own title first). */
export function lessonTitle(lesson: Lesson, locale: string, sourceLocale: string): string {
  const version = lessonVersion(lesson, locale, sourceLocale);
  return (
    pick(version.title ?? lesson.title, locale, sourceLocale) || pick(lesson.title, locale, sourceLocale)
  );
}
