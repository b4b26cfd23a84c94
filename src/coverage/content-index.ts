import { cellKey } from '../model/lookup.js';
import type { Framework, Lesson, Question } from '../model/types.js';

/** The lessons and questions of one (competency, level) cell. */
export interface CellContent {
  lessons: Lesson[];
  questions: Question[];
}

/** Content grouped by cell, in one pass over lessons and questions. */
export interface ContentIndex {
  get(competency: string, level: string): CellContent;
}

const empty: CellContent = Object.freeze({ lessons: [], questions: [] }) as CellContent;

/** Builds the cell index of a framework's content. */
export function indexContent(framework: Framework): ContentIndex {
  const map = new Map<string, CellContent>();
  const slot = (competency: string, level: string): CellContent => {
    const key = cellKey(competency, level);
    const cell = map.get(key) ?? { lessons: [], questions: [] };
    map.set(key, cell);
    return cell;
  };
  for (const lesson of framework.lessons) slot(lesson.competency, lesson.level).lessons.push(lesson);
  for (const question of framework.questions)
    slot(question.competency, question.level).questions.push(question);
  return {
    get: (competency, level) => map.get(cellKey(competency, level)) ?? empty,
  };
}
