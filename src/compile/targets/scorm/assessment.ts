import { fill, pick } from '../../../model/text.js';
import type { Question } from '../../../model/types.js';
import { quizQuestion } from '../../quiz/quiz-data.js';
import { quizLabels } from '../../quiz/quiz-labels.js';
import type { QuizData, QuizQuestion } from '../../quiz/quiz-types.js';
import type { CompileContext } from '../../target.js';
import { type CompressedEntry, compressEntry } from '../../zip/compressed-entry.js';
import { pageLabels } from './labels.js';
import { remoteImage } from './lesson-pages.js';
import { packageUrl } from './package-links.js';
import type { PackagePlan } from './plan.js';
import { assessmentPage, scriptJson } from './templates.js';

/** The assessment page of one package, compressed, and the framework files its questions show. */
export interface RenderedAssessment {
  title: string;
  entry: CompressedEntry;
  files: string[];
}

/** Builds level assessments; each question is rendered once however many packages draw it. */
export class Assessments {
  private readonly questions = new Map<string, { quiz: QuizQuestion; files: string[] }>();
  /** Lesson file (source or translation) -> lesson id: a question's link to a lesson is dropped, as a lesson's is. */
  private readonly lessonFiles: ReadonlyMap<string, string>;

  constructor(
    private readonly context: CompileContext,
    private readonly locale: string,
  ) {
    this.lessonFiles = new Map(
      context.framework.lessons.flatMap((l) => Object.values(l.versions).map((v) => [v.file, l.id] as const)),
    );
  }

  /** The assessment of a package, or undefined when its level has no questions for the role's path. */
  build(plan: PackagePlan): RenderedAssessment | undefined {
    if (plan.questions.length === 0) return undefined;
    const { framework } = this.context;
    const labels = pageLabels(this.locale);
    const levelTitle = pick(
      framework.manifest.levels.find((l) => l.id === plan.level)?.title,
      this.locale,
      framework.sourceLocale,
    );
    const title = fill(labels.assessment, { level: levelTitle || plan.level });
    const rendered = plan.questions.map((q) => this.question(q));
    const passScore = framework.manifest.assessment.passScore;
    const data: QuizData = {
      id: `${framework.manifest.id}.${plan.role.id}.${plan.level}`,
      locale: this.locale,
      title,
      passScore,
      labels: quizLabels(this.locale),
      questions: rendered.map((r) => r.quiz),
    };
    const html = assessmentPage({
      lang: this.locale,
      title,
      intro: fill(labels.assessmentIntro, { count: rendered.length, pass: Math.round(passScore * 100) }),
      quizJson: scriptJson(data),
      labels,
    });
    const files = [...new Set(rendered.flatMap((r) => r.files))].sort();
    return { title, entry: compressEntry(html), files };
  }

  private question(q: Question): { quiz: QuizQuestion; files: string[] } {
    let cached = this.questions.get(q.id);
    if (!cached) {
      const files = new Set<string>();
      const remote = new Set<string>();
      const { framework } = this.context;
      const links = {
        files: framework.files,
        lessonOf: (file: string) => this.lessonFiles.get(file),
        remote: (url: string) => remote.add(url),
        shown: (file: string) => files.add(file),
      };
      const quiz = quizQuestion(q, this.locale, framework.sourceLocale, {
        rewriteUrl: (url, kind) => packageUrl(links, q.origin.file, url, kind),
      });
      for (const url of remote) this.context.report(remoteImage(url, q.origin.file));
      cached = { quiz, files: [...files] };
      this.questions.set(q.id, cached);
    }
    return cached;
  }
}
