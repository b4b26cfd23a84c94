import type { Question } from '../../../model/types.js';

/** One lesson body to render for one page. */
export interface LessonJob {
  kind: 'lesson';
  /** The Markdown file the body comes from (links resolve against it). */
  file: string;
  body: string;
  pagePath: string;
  pageLocale: string;
}

/** One question to model for one locale's quiz page. */
export interface QuestionJob {
  kind: 'question';
  question: Question;
  pagePath: string;
  locale: string;
  sourceLocale: string;
}

export type RenderJob = LessonJob | QuestionJob;

/** What the render worker is started with: enough to rewrite links without the whole model. */
export interface RenderWorld {
  files: string[];
  lessonFiles: [string, { id: string; locale?: string }][];
}
