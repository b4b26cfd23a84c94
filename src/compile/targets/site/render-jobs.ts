import type { PreparedRef, Question } from '../../../model/types.js';
import type { PlacedFile } from '../../target.js';
import type { CompiledTemplates } from './page-templates.js';
import type { PageFrame } from './pages-learning.js';

/** One lesson body to render for one page. */
export interface LessonJob {
  kind: 'lesson';
  /** The Markdown file the body comes from (links resolve against it). */
  file: string;
  /** The body, or '' to have it read from `file` where the job runs. */
  body: string;
  /** Where the load left the body written for rendering, if it did (then neither body nor file is read). */
  prepared?: PreparedRef;
  pagePath: string;
  pageLocale: string;
}

/** A whole lesson page: its body rendered and laid out around the frame. */
export interface LessonPageJob {
  kind: 'lesson-page';
  frame: PageFrame;
  lesson: LessonJob;
  /** When given, the worker also works out the page's key (see lessonPageKey): what it takes beyond the job. */
  key?: { digest: string; links: string[] };
}

/** A whole practice quiz page: its questions modelled and laid out around the frame. */
export interface QuizPageJob {
  kind: 'quiz-page';
  frame: PageFrame;
  locale: string;
  sourceLocale: string;
  /** Each as the page shows it (see shownQuestion). */
  questions: Question[];
}

export type PageJob = LessonPageJob | QuizPageJob;

/** A page made and placed in the output folder: its size, and for a lesson page its search text. */
export interface PageResult {
  placed: PlacedFile;
  text?: string;
  /** The page's key, when its job asked for it. */
  key?: string;
}

/** What the render worker is started with: enough to rewrite links and lay out pages without the whole model. */
export interface RenderWorld {
  /** The framework's folder, where lesson files are read from. */
  root: string;
  files: string[];
  lessonFiles: [string, { id: string; locale?: string }][];
  /** The build's templates, precompiled. */
  templates: CompiledTemplates;
  /** The folder the writer is filling: made pages are placed there where they are made. */
  staging: string;
}
