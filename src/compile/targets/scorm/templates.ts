import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { type CompressedEntry, compressEntry } from '../../zip/compressed-entry.js';

const dir = (name: string) => fileURLToPath(new URL(`../../../../templates/${name}`, import.meta.url));
const read = (name: string) => readFileSync(dir(name), 'utf8');

export interface LessonView {
  lang: string;
  title: string;
  competency: string;
  minutesLabel: string;
  bodyHasTitle: boolean;
  objectives: string[];
  body: string;
  labels: { objectives: string; end: string; noApi: string };
}

export interface AssessmentView {
  lang: string;
  title: string;
  intro: string;
  quizJson: string;
  labels: { noApi: string; needsScript: string };
}

let compiled:
  | {
      lesson: Handlebars.TemplateDelegate<LessonView>;
      assessment: Handlebars.TemplateDelegate<AssessmentView>;
    }
  | undefined;

// Handlebars escapes {{x}}; {{{x}}} is used only for HTML already sanitised by renderMarkdown and for JSON.
function templates() {
  compiled ??= {
    lesson: Handlebars.compile<LessonView>(read('scorm/lesson.hbs'), { strict: true }),
    assessment: Handlebars.compile<AssessmentView>(read('scorm/assessment.hbs'), { strict: true }),
  };
  return compiled;
}

/** A lesson page, from templates/scorm/lesson.hbs (compiled once per process). */
export const lessonPage = (view: LessonView): string => templates().lesson(view);

/** The assessment page, from templates/scorm/assessment.hbs. */
export const assessmentPage = (view: AssessmentView): string => templates().assessment(view);

/** JSON safe inside `<script type="application/json">`: no `<` that could close the element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

let runtime: Map<string, CompressedEntry> | undefined;

/** The files every package shares under `shared/` (runtime, quiz engine, styles), compressed once per process. */
export function sharedFiles(): Map<string, CompressedEntry> {
  runtime ??= new Map(
    [
      ['shared/sco.js', 'scorm/sco.js'],
      ['shared/sco.css', 'scorm/sco.css'],
      ['shared/quiz.js', 'quiz/quiz.js'],
      ['shared/quiz.css', 'quiz/quiz.css'],
    ].map(([name, source]) => [name as string, compressEntry(read(source as string))]),
  );
  return runtime;
}
