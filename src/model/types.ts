import type { Position } from '../diagnostics/diagnostic.js';
import type { MarkdownLink } from '../load/markdown.js';

/** Text by locale code. A plain string in the source becomes `{ [sourceLocale]: string }`. */
export type Text = Readonly<Record<string, string>>;

/** Where an entity came from, and where its referencing fields stand, for diagnostics. */
export interface Origin {
  file: string;
  /** Positions of fields by dotted path: `id`, `competency`, `level`, `area`, `requires.data.search`... */
  positions: Readonly<Record<string, Position>>;
}

export interface Level {
  id: string;
  title: Text;
  description?: Text;
}

export interface Area {
  id: string;
  title: Text;
  description?: Text;
}

export interface Manifest {
  schema: 1;
  id: string;
  version: string;
  title: Text;
  description?: Text;
  locales: string[];
  levels: Level[];
  areas: Area[];
  assessment: { passScore: number; minQuestions: number };
  origin: Origin;
}

export interface Competency {
  id: string;
  area: string;
  title: Text;
  description?: Text;
  /** Level id -> outcomes, in the manifest's level order. */
  levels: Record<string, { outcomes: Text[] }>;
  origin: Origin;
}

export interface Role {
  id: string;
  title: Text;
  description?: Text;
  /** Competency id -> the level this role must reach. */
  requires: Record<string, string>;
  origin: Origin;
}

/** A lesson's text in one locale: the source file or a translation. */
export interface LessonVersion {
  locale: string;
  file: string;
  title?: Text;
  objectives?: Text[];
  body: string;
  /** 1-based line of the body's first line in `file`. */
  bodyLine: number;
  links: MarkdownLink[];
  /** Where this run's parse left the body written for rendering, when a build asked it to (never cached). */
  prepared?: PreparedRef;
}

/** A slice of a scratch file holding a prepared lesson body (see load/prepared-bodies.ts). */
export interface PreparedRef {
  file: string;
  offset: number;
  length: number;
}

export interface Lesson {
  id: string;
  competency: string;
  level: string;
  title: Text;
  minutes: number;
  objectives: Text[];
  /** Locale -> its version; always has the source locale. */
  versions: Record<string, LessonVersion>;
  origin: Origin;
}

export interface Choice {
  text: Text;
  correct: boolean;
  feedback?: Text;
}

interface QuestionBase {
  id: string;
  competency: string;
  level: string;
  stem: Text;
  feedback?: Text;
  points: number;
  origin: Origin;
}

export type Question =
  | (QuestionBase & { type: 'single' | 'multiple'; choices: Choice[] })
  | (QuestionBase & { type: 'true-false'; answer: boolean })
  | (QuestionBase & { type: 'short-answer'; answers: Text[] })
  | (QuestionBase & { type: 'numeric'; answer: number; tolerance: number })
  | (QuestionBase & { type: 'matching'; pairs: { left: Text; right: Text }[] })
  | (QuestionBase & { type: 'ordering'; items: Text[] });

export type QuestionType = Question['type'];

export const questionTypes: readonly QuestionType[] = [
  'single',
  'multiple',
  'true-false',
  'short-answer',
  'numeric',
  'matching',
  'ordering',
];

/** A translation file whose source lesson may or may not exist. */
export interface Translation {
  id: string;
  version: LessonVersion;
  origin: Origin;
}

/** The whole framework as one typed, NFC-normalised model. */
export interface Framework {
  manifest: Manifest;
  sourceLocale: string;
  competencies: Competency[];
  roles: Role[];
  lessons: Lesson[];
  questions: Question[];
  /** Translations as found, including orphans whose source lesson is missing. */
  translations: Translation[];
  /** Every file path below the root (relative, POSIX), symbolic links leading outside excluded. */
  files: ReadonlySet<string>;
  /** Symbolic links below the root that lead outside it. */
  linksOutside: ReadonlySet<string>;
  /** A content hash of every parsed file by path (what builds compare to tell what changed since their last run). */
  digests?: ReadonlyMap<string, string>;
  /** Ids of entities left out of the model because their file had errors: references to them are not reported again. */
  brokenIds: ReadonlySet<string>;
}
