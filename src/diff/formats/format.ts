import { plural } from '../../util/collections.js';
import type { ChangePlace, DiffResult, LevelImpact } from '../types.js';

export type DiffFormat = 'text' | 'markdown' | 'json' | 'github';

export interface DiffFormatOptions {
  color: boolean;
  /** Each side's framework root as seen from the working folder (`curriculum/`), for repository paths. */
  prefix: Record<ChangePlace['side'], string>;
}

/** A reporter of a diff: a pure function of the result and options. */
export type DiffFormatter = (result: DiffResult, options: DiffFormatOptions) => string;

/** `file:line:col` of a place, with its side's prefix; `(old)` marks a file that only the old version has. */
export function where(place: ChangePlace | undefined, options: DiffFormatOptions): string {
  if (!place) return '';
  const at = place.line ? `:${place.line}${place.column ? `:${place.column}` : ''}` : '';
  return `${options.prefix[place.side]}${place.file}${at}${place.side === 'old' ? ' (old)' : ''}`;
}

/** One line that sums the result up: counts and the version-bump verdict. */
export function headline(result: DiffResult): string {
  const { summary, versionBump: bump } = result;
  const counts = `${summary.breaking} breaking, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
  const verdict = bump.ok
    ? `version bump ${bump.actual}`
    : `version bump ${bump.actual}, needs ${bump.required}`;
  return `${counts}; ${verdict}`;
}

/** A level's impact as short cells: `+2 −1` lessons, `+15 −10` minutes. */
export function impactCells(row: LevelImpact): { lessons: string; minutes: string } {
  return {
    lessons: `+${row.lessonsAdded} −${row.lessonsRemoved}`,
    minutes: `+${row.minutesAdded} −${row.minutesRemoved}`,
  };
}
