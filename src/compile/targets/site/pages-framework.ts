import { definedLevels, neededLevels } from '../../../model/lookup.js';
import { fill } from '../../../model/text.js';
import type { Competency, Role } from '../../../model/types.js';
import { siteLabels } from './labels.js';
import { homeCrumb, pageShell, type ShellContext } from './page-shell.js';
import type { PageTemplates, TemplateName } from './page-templates.js';
import { cell, type SiteModel } from './site-model.js';
import { relativeUrl, sitePaths } from './site-paths.js';
import type { SiteTemplates } from './templates.js';

/** One rendered page: its path in the site and its HTML. */
export interface Page {
  path: string;
  html: string;
}

/** A page: the named template inside the layout, both given the page shell. */
export const page = (
  templates: PageTemplates,
  name: TemplateName,
  path: string,
  shell: ShellContext,
  context: object,
): Page => {
  const laidOut = { ...shell, labels: siteLabels(shell.lang) };
  return {
    path,
    html: templates.render('layout', {
      ...laidOut,
      body: templates.render(name, { ...laidOut, ...context }),
    }),
  };
};

/** The site's root: a language chooser (the learner's last choice is remembered by site.js). */
export function languagesPage(model: SiteModel, templates: SiteTemplates): Page {
  const path = sitePaths.languages();
  const shell = pageShell(model, model.source, path, 'languages', siteLabels(model.source).chooseLanguage);
  return page(templates, 'languages', path, shell, {});
}

/** A locale's home: the path picker, roles, areas with their competencies, and levels. */
export function homePage(model: SiteModel, templates: SiteTemplates, locale: string): Page {
  const path = sitePaths.home(locale);
  const { manifest } = model.framework;
  const shell = pageShell(model, locale, path, 'home', model.text(manifest.title, locale));
  const roles = [...model.look.role.values()].map((r) => ({
    url: relativeUrl(path, sitePaths.role(locale, r.id)),
    title: model.text(r.title, locale),
    description: model.text(r.description, locale),
  }));
  return page(templates, 'home', path, shell, {
    description: model.text(manifest.description, locale),
    roles,
    firstRoleUrl: roles[0]?.url ?? '',
    levels: manifest.levels.map((l) => ({
      id: l.id,
      title: model.text(l.title, locale),
      description: model.text(l.description, locale),
    })),
    areas: manifest.areas.map((a) => ({
      id: a.id,
      title: model.text(a.title, locale),
      description: model.text(a.description, locale),
      competencies: model.competencies
        .filter((c) => c.area === a.id)
        .map((c) => ({
          url: relativeUrl(path, sitePaths.competency(locale, c.id)),
          title: model.text(c.title, locale),
        })),
    })),
  });
}

/** A role's learning path: every lesson and practice quiz it needs, in order, with ranks for the level picker. */
export function rolePage(model: SiteModel, templates: SiteTemplates, locale: string, role: Role): Page {
  const path = sitePaths.role(locale, role.id);
  const labels = siteLabels(locale);
  const title = model.text(role.title, locale);
  const shell = pageShell(model, locale, path, 'role', title, [homeCrumb(locale, path)]);
  const rank = (level: string) => model.look.levelRank.get(level) ?? 0;
  let count = 0;
  let minutes = 0;
  const competencies = model.competencies
    .filter((c) => role.requires[c.id] !== undefined)
    .map((c) => {
      const levels = neededLevels(c, role.requires[c.id] as string, model.look);
      const lessons = levels.flatMap((level) =>
        (model.lessons.get(cell(c.id, level)) ?? []).map((l) => {
          count++;
          minutes += l.minutes;
          return {
            id: l.id,
            rank: rank(level),
            minutes: l.minutes,
            url: relativeUrl(path, sitePaths.lesson(locale, l.id)),
            title: model.lessonTitle(l, locale),
            levelTitle: model.levelTitle(level, locale),
          };
        }),
      );
      const quizzes = levels
        .filter((level) => model.questions.has(cell(c.id, level)))
        .map((level) => ({
          rank: rank(level),
          quizId: quizId(c.id, level),
          url: relativeUrl(path, sitePaths.quiz(locale, c.id, level)),
          levelTitle: model.levelTitle(level, locale),
        }));
      return {
        url: relativeUrl(path, sitePaths.competency(locale, c.id)),
        title: model.text(c.title, locale),
        requiredTitle: model.levelTitle(role.requires[c.id] as string, locale),
        lessons,
        quizzes,
      };
    });
  return page(templates, 'role', path, shell, {
    description: model.text(role.description, locale),
    levels: model.framework.manifest.levels.map((l) => ({
      id: l.id,
      rank: rank(l.id),
      title: model.text(l.title, locale),
    })),
    summary: fill(labels.remaining, { count, minutes }),
    competencies,
  });
}

/** A competency: outcomes, lessons and practice quiz for each level it defines. */
export function competencyPage(
  model: SiteModel,
  templates: SiteTemplates,
  locale: string,
  c: Competency,
): Page {
  const path = sitePaths.competency(locale, c.id);
  const title = model.text(c.title, locale);
  const shell = pageShell(model, locale, path, 'competency', title, [homeCrumb(locale, path)]);
  const area = model.framework.manifest.areas.find((a) => a.id === c.area);
  return page(templates, 'competency', path, shell, {
    areaTitle: model.text(area?.title, locale),
    description: model.text(c.description, locale),
    levels: definedLevels(c, model.look).map((level) => ({
      id: level,
      title: model.levelTitle(level, locale),
      outcomes: (c.levels[level]?.outcomes ?? []).map((o) => model.text(o, locale)),
      lessons: (model.lessons.get(cell(c.id, level)) ?? []).map((l) => ({
        id: l.id,
        url: relativeUrl(path, sitePaths.lesson(locale, l.id)),
        title: model.lessonTitle(l, locale),
        minutes: l.minutes,
      })),
      quizUrl: model.questions.has(cell(c.id, level))
        ? relativeUrl(path, sitePaths.quiz(locale, c.id, level))
        : '',
    })),
  });
}

/** The search page of a locale; its index is search-index.js beside it. */
export function searchPage(model: SiteModel, templates: SiteTemplates, locale: string): Page {
  const path = sitePaths.search(locale);
  const shell = {
    ...pageShell(model, locale, path, 'search', siteLabels(locale).search, [homeCrumb(locale, path)]),
    scripts: ['../static/minisearch.js', '../static/fold.js', 'search-index.js', '../static/search.js'],
  };
  return page(templates, 'search', path, shell, {});
}

/** The id of the practice quiz of one (competency, level), the same in every locale: its progress key in localStorage. */
export function quizId(competency: string, level: string): string {
  return `${competency}/${level}`;
}

/** The HTML id of the quiz's data block (letters, digits, `-` and `_` only). */
export function quizElementId(competency: string, level: string): string {
  return `quiz-${competency}-${level}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
