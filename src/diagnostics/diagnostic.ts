/** Where a diagnostic points: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** The one finding type every stage reports through: loader, schema, rules, coverage, diff. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the framework root, POSIX separators; empty for findings about the whole run. */
  file: string;
  start?: Position;
  end?: Position;
  /** How to fix it, in one sentence. */
  hint?: string;
}

/** Thrown by a stage that meets invalid input it cannot go past (a broken theme template): reported, exit 1. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'DiagnosticError';
  }
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, position, rule and message so every run prints the same list. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.start?.line ?? 0;
  const lineB = b.start?.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  const colA = a.start?.column ?? 0;
  const colB = b.start?.column ?? 0;
  if (colA !== colB) return colA - colB;
  if (a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Sorts and drops exact repeats. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...list].sort(compareDiagnostics);
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(d, sorted[i - 1]!) !== 0);
}

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/** True when the run must fail: any error, or any warning under --strict. */
export function isFailing(list: readonly Diagnostic[], strict: boolean): boolean {
  return list.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
