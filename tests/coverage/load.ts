import { fileURLToPath } from 'node:url';
import { computeCoverage } from '../../src/coverage/matrix.js';
import type { CoverageMatrix } from '../../src/coverage/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadFramework } from '../../src/load/load-framework.js';
import { lookup } from '../../src/model/lookup.js';
import { loadAndCheck } from '../../src/validate/validate.js';

/** The fixture with every kind of hole: gaps, a skipped level, a requirement above the highest level. */
export const mixedDir = fileURLToPath(new URL('../fixtures/coverage/mixed/', import.meta.url));

/** Loads a framework folder and computes its coverage, in this process. */
export async function matrixOf(root: string): Promise<CoverageMatrix> {
  const { framework } = await loadFramework(new FolderTree(root), { cacheDir: false });
  if (!framework) throw new Error(`no framework in ${root}`);
  return computeCoverage(framework, lookup(framework)).matrix;
}

/** Everything `validate` reports for a folder. */
export async function validateDir(root: string): Promise<Diagnostic[]> {
  return (await loadAndCheck(new FolderTree(root), { cacheDir: false })).diagnostics;
}

/** The diagnostics of the given rule ids, as `file:line severity rule message` lines. */
export function findings(diagnostics: Diagnostic[], ...ruleIds: string[]): string[] {
  return diagnostics
    .filter((d) => ruleIds.includes(d.ruleId))
    .map((d) => `${d.file}:${d.start?.line ?? 0} ${d.severity} ${d.ruleId} ${d.message}`);
}
