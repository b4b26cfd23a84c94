/** A SCORM edition the target writes. */
export type Edition = '1.2' | '2004';

export const editions: readonly Edition[] = ['1.2', '2004'];

/** What `curriculum build scorm` was asked for. */
export interface ScormOptions {
  editions: Edition[];
  /** Role ids to build; all roles when empty. */
  roles: string[];
  /** Level ids to build; all levels when empty. */
  levels: string[];
  locale: string;
  /** Questions drawn per competency for a level's assessment (default: the manifest's minQuestions). */
  questionsPerCompetency?: number;
}

/** The zip name of one package: `<framework>-<role>-<level>-scorm12.zip` / `-scorm2004.zip`, no dates. */
export function packageName(framework: string, role: string, level: string, edition: Edition): string {
  return `${framework}-${role}-${level}-scorm${edition === '1.2' ? '12' : '2004'}.zip`;
}
