import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lookup } from '../../model/lookup.js';
import type { Framework } from '../../model/types.js';

/** What a cross-file rule sees: the whole model, its lookups, and a place to report. */
export interface RuleContext {
  framework: Framework;
  look: Lookup;
  report(diagnostic: Diagnostic): void;
}

/** A rule over the whole framework (references, duplicates, links, coverage). */
export interface FrameworkRule {
  id: string;
  check(context: RuleContext): void | Promise<void>;
}
