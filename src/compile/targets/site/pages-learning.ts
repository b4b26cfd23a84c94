import { lessonVersion } from '../../../model/text.js';
import type { Lesson } from '../../../model/types.js';
import { quizLabels } from '../../quiz/quiz-labels.js';
import { homeCrumb, pageShell } from './page-shell.js';
import { type Page, page, quizElementId, quizId } from './pages-framework.js';
import { cell, type SiteModel } from './site-model.js';
import { relativeUrl, sitePaths } from './site-paths.js';
import type { SiteTemplates } from './templates.js';

/** A lesson page around its rendered body: objectives, study time, mark-as-read, its quiz and the next lesson. */
export function lessonPage(
  model: SiteModel,
  templates: SiteTemplates,
  locale: string,
  lesson: Lesson,
  html: string,
): Page {
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
    ...shell,
    id: lesson.id,
    competencyTitle,
    levelTitle: model.levelTitle(lesson.level, locale),
    minutes: lesson.minutes,
    objectives: model.lessonObjectives(lesson, locale),
    fallback: version.locale !== locale,
    bodyLang: version.locale !== locale ? version.locale : '',
    html,
    quizUrl: hasQuiz ? relativeUrl(path, sitePaths.quiz(locale, lesson.competency, lesson.level)) : '',
    nextUrl: next ? relativeUrl(path, sitePaths.lesson(locale, next.id)) : '',
    nextTitle: next ? model.lessonTitle(next, locale) : '',
  };
  return page(templates, 'lesson', path, shell, context);
}

/**
 * A practice quiz page for one (competency, level): the quiz engine's payload built from questions already
 * modelled as JSON (cached), embedded as a JSON data block the engine mounts (no inline script runs).
 */
export function quizPage(
  model: SiteModel,
  templates: SiteTemplates,
  locale: string,
  competency: string,
  level: string,
  questionsJson: readonly string[],
): Page {
  const path = sitePaths.quiz(locale, competency, level);
  const competencyTitle = model.text(model.look.competency.get(competency)?.title, locale);
  const levelTitle = model.levelTitle(level, locale);
  const id = quizId(competency, level);
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
    id,
    locale,
    title: `${competencyTitle} · ${levelTitle}`,
    passScore: model.framework.manifest.assessment.passScore,
    labels: quizLabels(locale),
  });
  // `<` escaped as \u003c: a stem can never close the data block.
  const json = `${head.slice(0, -1)},"questions":[${questionsJson.join(',')}]}`.replace(/</g, '\\u003c');
  const context = {
    ...shell,
    competencyTitle,
    levelTitle,
    elementId: quizElementId(competency, level),
    json,
    competencyUrl: url,
  };
  return page(templates, 'quiz', path, shell, context);
}

/** The cells (competency, level) that have a practice quiz, in page order. */
export function quizCells(model: SiteModel): { competency: string; level: string }[] {
  return model.competencies.flatMap((c) =>
    model.look.levelIds
      .filter((level) => model.questions.has(cell(c.id, level)))
      .map((level) => ({ competency: c.id, level })),
  );
}
