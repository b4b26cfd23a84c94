import { coverageRules } from '../coverage/rules/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { type LoadOptions, loadFramework } from '../load/load-framework.js';
import type { SourceTree } from '../load/source-tree.js';
import { lookup } from '../model/lookup.js';
import type { Framework } from '../model/types.js';
import { trace } from '../util/trace.js';
import { duplicateIdRule } from './rules/duplicate-id.js';
import { linksRule } from './rules/links.js';
import type { FrameworkRule } from './rules/rule.js';
import { translationsRule } from './rules/translations.js';
import { unknownReferenceRule } from './rules/unknown-reference.js';

/** The cross-file rules of FORMAT.md "What is an error", then role coverage, in the order they run. */
export const frameworkRules: FrameworkRule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  translationsRule,
  linksRule,
  ...coverageRules,
];

/** Runs the cross-file rules over a loaded framework. */
export async function checkFramework(
  framework: Framework,
  rules: readonly FrameworkRule[] = frameworkRules,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const context = { framework, look: lookup(framework), report: (d: Diagnostic) => diagnostics.push(d) };
  for (const rule of rules) await rule.check(context);
  return diagnostics;
}

export interface CheckedFramework {
  framework?: Framework;
  diagnostics: Diagnostic[];
}

/** Load + check: what `validate` and every building command start with. */
export async function loadAndCheck(tree: SourceTree, options: LoadOptions): Promise<CheckedFramework> {
  const loaded = await loadFramework(tree, options);
  if (loaded.reused) return { diagnostics: loaded.diagnostics };
  const diagnostics = [...loaded.diagnostics];
  if (loaded.framework) diagnostics.push(...(await checkFramework(loaded.framework)));
  const sorted = sortDiagnostics(diagnostics);
  await loaded.remember?.(sorted);
  trace('checked');
  return { framework: loaded.framework, diagnostics: sorted };
}
