import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import runtime from 'handlebars/runtime.js';
import { describe, expect, it } from 'vitest';
import {
  type HandlebarsRuntime,
  pageTemplates,
  templateNames,
} from '../../src/compile/targets/site/page-templates.js';
import { builtinTemplateDir, loadTemplates } from '../../src/compile/targets/site/templates.js';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';

// Page workers lay pages out with the templates the build precompiled, on Handlebars' runtime alone.
describe('page templates from their precompiled source', () => {
  const context = {
    lang: 'vi',
    title: 'Bài <1>',
    siteTitle: 'Kỹ năng số',
    labels: {},
    languages: [{ code: 'vi', name: 'Tiếng Việt', url: 'index.html', current: true }],
    breadcrumbs: [{ text: 'Trang chủ', url: '../index.html' }],
    objectives: ['Một', 'Hai'],
    body: '<p>thân</p>',
    html: '<p>bài</p>',
  };

  it('render on the runtime alone exactly what the build renders, theme overrides included', async () => {
    const theme = await mkdtemp(path.join(tmpdir(), 'curriculum-theme-'));
    const layout = await readFile(path.join(builtinTemplateDir, 'layout.hbs'), 'utf8');
    await writeFile(
      path.join(theme, 'layout.hbs'),
      layout.replace('</body>', '{{#each objectives}}<i>{{@index}} {{this}}</i>{{/each}}</body>'),
    );
    const built = loadTemplates([theme]);
    const onWorker = pageTemplates(structuredClone(built.compiled), runtime as unknown as HandlebarsRuntime);
    expect(onWorker.id).toBe(built.id);
    for (const name of templateNames)
      expect(onWorker.render(name, context)).toBe(built.render(name, context));
    expect(onWorker.render('layout', context)).toContain('<i>0 Một</i><i>1 Hai</i>');
    // Escaping is the runtime's too.
    expect(onWorker.render('layout', context)).toContain('Bài &lt;1&gt;');
  });

  it('a theme template that does not compile is reported at its file before any page is made', async () => {
    const theme = await mkdtemp(path.join(tmpdir(), 'curriculum-theme-'));
    await writeFile(path.join(theme, 'quiz.hbs'), '<main>\n{{#if title}}\n</main>\n');
    const error = (() => {
      try {
        loadTemplates([theme]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostic).toMatchObject({
      ruleId: 'site-template',
      file: path.join(theme, 'quiz.hbs'),
    });
  });
});
