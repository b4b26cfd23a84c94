import type Handlebars from 'handlebars';

// The templates as pages are laid out with, from what the build precompiled: all a page worker needs (it loads
// Handlebars' runtime, not its compiler).

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

/** What lays pages out: the templates by name, and their identity. */
export interface PageTemplates {
  /** A hash of every template's source: part of each page's key. */
  id: string;
  render(name: TemplateName, context: object): string;
}

/** The templates as Handlebars precompiled them (JavaScript source per template): what page workers are sent. */
export interface CompiledTemplates {
  id: string;
  specs: Record<TemplateName, string>;
}

/**
 * Templates from their precompiled source, on a Handlebars runtime of their own (a page worker loads the runtime
 * alone: the templates were read, checked and compiled once, by the build).
 */
export function pageTemplates(compiled: CompiledTemplates, runtime: HandlebarsRuntime): PageTemplates {
  const env = runtime.create();
  const delegates = new Map<TemplateName, Handlebars.TemplateDelegate>();
  for (const name of templateNames) {
    // The source is what Handlebars' compiler wrote for the template (an object literal), as compile() evaluates it.
    const spec = new Function(`return ${compiled.specs[name]};`)() as TemplateSpecification;
    delegates.set(name, env.template(spec));
  }
  return {
    id: compiled.id,
    render(name, context) {
      return (delegates.get(name) as Handlebars.TemplateDelegate)(context);
    },
  };
}

/** What pageTemplates needs of Handlebars: its runtime (the full module is one too). */
export type HandlebarsRuntime = Pick<typeof Handlebars, 'create'>;
