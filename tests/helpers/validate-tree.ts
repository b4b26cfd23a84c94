import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FolderTree } from '../../src/load/fs-tree.js';
import { loadAndCheck } from '../../src/validate/validate.js';
import { minimalFramework, testdir } from './testdir.js';

/** Validates a framework built from `minimalFramework(overrides)` in-process, without cache. */
export async function validateFiles(
  overrides: Record<string, string | Uint8Array | null> = {},
): Promise<Diagnostic[]> {
  const root = await testdir(minimalFramework(overrides));
  return validateDir(root);
}

export async function validateDir(root: string): Promise<Diagnostic[]> {
  const { diagnostics } = await loadAndCheck(new FolderTree(root), { cacheDir: false });
  return diagnostics;
}

/** `rule file:line:col message` lines, for compact assertions. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.ruleId} ${d.file}${d.start ? `:${d.start.line}:${d.start.column}` : ''} ${d.message}`,
  );
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}
