import { lessonVersion } from '../../../model/text.js';
import type { Lesson } from '../../../model/types.js';
import { quizLabels } from '../../quiz/quiz-labels.js';
import { homeCrumb, pageShell, type ShellContext } from './page-shell.js';
import type { PageTemplates } from './page-templates.js';
import { type Page, page, quizElementId, quizId } from './pages-framework.js';
import { cell, type SiteModel } from './site-model.js';
import { relativeUrl, sitePaths } from './site-paths.js';

/** A page before its body: where it goes, the layout's context and the template's context. */
export interface PageFrame {
  path: string;
  shell: ShellContext;
  context: Record<string, unknown>;
}

/** A lesson page's frame: objectives, study time, mark-as-read, its quiz and the next lesson (the body comes later). */
export function lessonFrame(model: SiteModel, locale: string, lesson: Lesson): PageFrame {
  const path = sitePaths.lesson(locale, lesson.id);
  const title = model.lessonTitle(lesson, locale);
  const competency = model.look.competency.get(lesson.competency);
  const competencyTitle = model.text(competency?.title, locale);
  const crumbs = [
    homeCrumb(locale, path),
    { text: competencyTitle, url: relativeUrl(path, sitePaths.competency(locale, lesson.competency)) },
  ];
  const shell = pageShell(model, locale, path, 'lesson', title, crumbs);
  const version = lessonVersion(lesson, locale, model.source);
  const next = model.next.get(lesson.id);
  const hasQuiz = model.questions.has(cell(lesson.competency, lesson.level));
  const context = {
    id: lesson.id,
    competencyTitle,
    levelTitle: model.levelTitle(lesson.level, locale),
    minutes: lesson.minutes,
    objectives: model.lessonObjectives(lesson, locale),
    fallback: version.locale !== locale,
    bodyLang: version.locale !== locale ? version.locale : '',
    quizUrl: hasQuiz ? relativeUrl(path, sitePaths.quiz(locale, lesson.competency, lesson.level)) : '',
    nextUrl: next ? relativeUrl(path, sitePaths.lesson(locale, next.id)) : '',
    nextTitle: next ? model.lessonTitle(next, locale) : '',
  };
  return { path, shell, context };
}

/** A lesson page around its rendered body. */
export function lessonPage(templates: PageTemplates, frame: PageFrame, html: string): Page {
  return page(templates, 'lesson', frame.path, frame.shell, { ...frame.shell, ...frame.context, html });
}

/**
 * A practice quiz page's frame for one (competency, level); its questions, modelled as JSON for the quiz engine,
 * come later.
 */
export function quizFrame(model: SiteModel, locale: string, competency: string, level: string): PageFrame {
  const path = sitePaths.quiz(locale, competency, level);
  const competencyTitle = model.text(model.look.competency.get(competency)?.title, locale);
  const levelTitle = model.levelTitle(level, locale);
  const url = relativeUrl(path, sitePaths.competency(locale, competency));
  const shell = {
    ...pageShell(model, locale, path, 'quiz', `${competencyTitle} · ${levelTitle}`, [
      homeCrumb(locale, path),
      { text: competencyTitle, url },
    ]),
    quiz: true,
  };
  shell.scripts = [`${shell.base}static/quiz.js`];
  const head = JSON.stringify({
    id: quizId(competency, level),
    locale,
    title: `${competencyTitle} · ${levelTitle}`,
    passScore: model.framework.manifest.assessment.passScore,
    labels: quizLabels(locale),
  });
  const context = {
    competencyTitle,
    levelTitle,
    elementId: quizElementId(competency, level),
    head,
    competencyUrl: url,
  };
  return { path, shell, context };
}

/** A quiz page: its questions embedded as a JSON data block the engine mounts (no inline script runs). */
export function quizPage(templates: PageTemplates, frame: PageFrame, questionsJson: readonly string[]): Page {
  const head = frame.context.head as string;
  // `<` escaped as \u003c: a stem can never close the data block.
  const json = `${head.slice(0, -1)},"questions":[${questionsJson.join(',')}]}`.replace(/</g, '\\u003c');
  return page(templates, 'quiz', frame.path, frame.shell, { ...frame.shell, ...frame.context, json });
}

/** The cells (competency, level) that have a practice quiz, in page order. */
export function quizCells(model: SiteModel): { competency: string; level: string }[] {
  return model.competencies.flatMap((c) =>
    model.look.levelIds
      .filter((level) => model.questions.has(cell(c.id, level)))
      .map((level) => ({ competency: c.id, level })),
  );
}
