import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

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
  for (const name of templateNames) {
    compiled.set(name, handlebars.compile(readFileSync(find(`${name}.hbs`), 'utf8'), { strict: false }));
  }
  return {
    render(name, context) {
      return (compiled.get(name) as Handlebars.TemplateDelegate)(context);
    },
    readStatic(name) {
      return readFileSync(find(path.join('static', name)));
    },
  };
}
