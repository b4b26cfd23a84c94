/** How much a change matters to courses, certificates and LMS records already out there. */
export type ChangeSeverity = 'breaking' | 'warning' | 'info';

/** Most severe first. */
export const severities: readonly ChangeSeverity[] = ['breaking', 'warning', 'info'];

/** What kind of thing changed. */
export type Entity = 'framework' | 'level' | 'area' | 'competency' | 'role' | 'lesson' | 'question';

/** Every change the diff reports, by code (documented in the README). */
export type ChangeKind =
  | 'framework-id-changed'
  | 'version-changed'
  | 'version-not-bumped'
  | 'version-lowered'
  | 'level-added'
  | 'level-removed'
  | 'level-reordered'
  | 'level-retitled'
  | 'area-added'
  | 'area-removed'
  | 'area-retitled'
  | 'competency-added'
  | 'competency-removed'
  | 'competency-moved'
  | 'competency-retitled'
  | 'competency-level-added'
  | 'competency-level-removed'
  | 'outcomes-changed'
  | 'role-added'
  | 'role-removed'
  | 'role-retitled'
  | 'requirement-added'
  | 'requirement-removed'
  | 'requirement-raised'
  | 'requirement-lowered'
  | 'lesson-added'
  | 'lesson-removed'
  | 'lesson-moved'
  | 'lesson-retitled'
  | 'lesson-body-changed'
  | 'lesson-minutes-changed'
  | 'question-added'
  | 'question-removed'
  | 'question-moved'
  | 'question-answer-changed'
  | 'question-stem-changed'
  | 'question-wording-changed'
  | 'question-points-changed'
  | 'translation-stale';

/** Where a change can be seen: the file in the new version, or in the old one for removals. */
export interface ChangePlace {
  side: 'old' | 'new';
  /** Relative to the framework root, POSIX. */
  file: string;
  line?: number;
  column?: number;
}

/** One change in meaning between two versions, matched by id. */
export interface Change {
  kind: ChangeKind;
  severity: ChangeSeverity;
  entity: Entity;
  /** The id of the changed entity (`deputy`, `data.search`); for a requirement, `role/competency`. */
  id: string;
  /** One sentence for people. */
  message: string;
  /** The value before and after, where one value says it (a version, a level, minutes, an area). */
  before?: string | number;
  after?: string | number;
  /** Locales, levels or fields the change concerns, sorted. */
  details?: string[];
  place?: ChangePlace;
}

/** What a version of the framework is, as the report names it. */
export interface SideInfo {
  label: string;
  id: string;
  version: string;
}

/** The version-bump rule: a breaking change needs a major bump (in 0.x, a minor one). */
export interface VersionBump {
  /** The bump made: major, minor, patch, prerelease, none, lower, or invalid (not semver). */
  actual: string;
  /** The least bump the changes need. */
  required: 'major' | 'minor' | 'patch' | 'none';
  ok: boolean;
}

/** Per level: what a role's path gains and loses. */
export interface LevelImpact {
  level: string;
  lessonsAdded: number;
  lessonsRemoved: number;
  minutesAdded: number;
  minutesRemoved: number;
  questionsChanged: number;
  /** Why certificates of this role at this level must be re-examined; empty when they need not be. */
  reexamine: string[];
}

/** How one role is touched. */
export interface RoleImpact {
  role: string;
  status: 'added' | 'removed' | 'changed';
  levels: LevelImpact[];
}

/** The whole result, also the `--format json` document (schema 1). */
export interface DiffResult {
  schema: 1;
  old: SideInfo;
  new: SideInfo;
  summary: Record<ChangeSeverity, number>;
  versionBump: VersionBump;
  changes: Change[];
  impact: RoleImpact[];
}
