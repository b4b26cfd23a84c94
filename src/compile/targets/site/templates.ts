import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { DiagnosticError } from '../../../diagnostics/diagnostic.js';
import {
  type CompiledTemplates,
  type PageTemplates,
  pageTemplates,
  type TemplateName,
  templateNames,
} from './page-templates.js';

/** The folder of the built-in site templates (`templates/site` in the package). */
export const builtinTemplateDir = fileURLToPath(new URL('../../../../templates/site/', import.meta.url));

/** The templates of a build (compiled once) and a reader for the static files, both honouring overrides. */
export interface SiteTemplates extends PageTemplates {
  compiled: CompiledTemplates;
  /** A static file (`static/site.css`...) from the first folder that has it. */
  readStatic(name: string): Buffer;
}

/**
 * Compiles the site templates once. Lookup order for every file: `--templates DIR`, then the framework's
 * `theme/` folder, then the built-in templates; an editor overrides one page or the stylesheet alone.
 */
export function loadTemplates(overrideDirs: readonly string[]): SiteTemplates {
  const dirs = [...overrideDirs, builtinTemplateDir];
  const find = (name: string): string => {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    throw new Error(`the site template ${name} is missing`);
  };
  const specs = {} as Record<TemplateName, string>;
  const id = createHash('sha1');
  for (const name of templateNames) {
    const file = find(`${name}.hbs`);
    const source = readFileSync(file, 'utf8');
    id.update(name).update('\0').update(source).update('\0');
    specs[name] = precompile(file, source);
  }
  const compiled = { id: id.digest('hex'), specs };
  return {
    ...pageTemplates(compiled, Handlebars),
    compiled,
    readStatic(name) {
      return readFileSync(find(path.join('static', name)));
    },
  };
}

// Only Handlebars' own helpers (if, unless, each, with, lookup, log) are there: known ahead, each is called directly
// instead of looked up at every mustache (pages lay out a third faster), and an unknown one is an error up front.
const compileOptions = { strict: false, knownHelpersOnly: true };

// Handlebars says where: `lineNumber`/`column` (0-based) on block mismatches, "on line N" in parse errors.
// Precompiling checks the whole template up front: a theme's mistake is reported before anything is written.
function precompile(file: string, source: string): string {
  try {
    // Typed as a specification; it is the specification's JavaScript source.
    return Handlebars.precompile(source, compileOptions) as unknown as string;
  } catch (error) {
    const e = error as { message?: string; lineNumber?: number; column?: number };
    const message = String(e.message ?? error);
    const line = e.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
    const what = e.lineNumber ? message.replace(/ - \d+:\d+$/, '') : (message.split('\n').pop() ?? message);
    throw new DiagnosticError({
      ruleId: 'site-template',
      severity: 'error',
      file,
      start: { line, column: (e.column ?? 0) + 1 },
      message: `Cannot compile the site template: ${what}`,
      hint: 'Fix the Handlebars syntax (every {{#block}} needs its {{/block}}; the helpers are if, unless, each, with and lookup), or delete the file to use the built-in template.',
    });
  }
}
