import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { DiagnosticError } from '../../../diagnostics/diagnostic.js';

/** The page templates a site is made of; each may be overridden by a file of the same name. */
export const templateNames = [
  'layout',
  'languages',
  'home',
  'role',
  'competency',
  'lesson',
  'quiz',
  'search',
] as const;
export type TemplateName = (typeof templateNames)[number];

/** The folder of the built-in site templates (`templates/site` in the package). */
export const builtinTemplateDir = fileURLToPath(new URL('../../../../templates/site/', import.meta.url));

/** Compiled templates (once per build) and a reader for the static files, both honouring overrides. */
export interface SiteTemplates {
  /** A hash of every template's source: part of each page's key. */
  id: string;
  render(name: TemplateName, context: object): string;
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
  const handlebars = Handlebars.create();
  const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();
  const id = createHash('sha1');
  for (const name of templateNames) {
    const file = find(`${name}.hbs`);
    const source = readFileSync(file, 'utf8');
    id.update(name).update('\0').update(source).update('\0');
    checkSyntax(file, source); // compile() is lazy: a theme's mistake would otherwise surface mid-build
    compiled.set(name, handlebars.compile(source, compileOptions));
  }
  return {
    id: id.digest('hex'),
    render(name, context) {
      return (compiled.get(name) as Handlebars.TemplateDelegate)(context);
    },
    readStatic(name) {
      return readFileSync(find(path.join('static', name)));
    },
  };
}

// Only Handlebars' own helpers (if, unless, each, with, lookup, log) are there: known ahead, each is called directly
// instead of looked up at every mustache (pages lay out a third faster), and an unknown one is an error up front.
const compileOptions = { strict: false, knownHelpersOnly: true };

// Handlebars says where: `lineNumber`/`column` (0-based) on block mismatches, "on line N" in parse errors.
function checkSyntax(file: string, source: string): void {
  try {
    Handlebars.precompile(source, compileOptions);
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
