import { readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplateDir } from '../../src/compile/targets/site/templates.js';
import { runCli } from '../helpers/run-cli.js';
import { buildFixtureSite, fixture } from './site-server.js';

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? walk(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

describe('curriculum build site', () => {
  let out: string;
  let files: string[];
  let pages: string[];
  beforeAll(async () => {
    out = await buildFixtureSite();
    files = walk(out).sort();
    pages = files.filter((f) => f.endsWith('.html'));
  });

  it('writes one tree per locale with every kind of page', () => {
    for (const locale of ['vi', 'en']) {
      for (const page of [
        'index.html',
        'search.html',
        'search-index.js',
        'roles/deputy.html',
        'competencies/data.search.html',
        'lessons/data.search.basic.keywords.html',
        'quiz/data.search/basic.html',
      ])
        expect(files).toContain(`${locale}/${page}`);
    }
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'sw.js', 'manifest.webmanifest', 'assets/funnel.svg']),
    );
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.webmanifest'), 'utf8')).start_url).toBe('./');
  });

  it('writes only valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(out, page));
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken link or asset inside the site, and none leaving it', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const url = (m[1] as string).replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:)/.test(url) || url.startsWith('#')) continue;
        const target = path.posix.normalize(
          path.posix.join(path.posix.dirname(page), decodeURIComponent(url.split(/[?#]/)[0] as string)),
        );
        if (target.startsWith('..') || !files.includes(target === '.' ? 'index.html' : target))
          broken.push(`${page} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('puts a CSP forbidding inline script and remote origins on every page, and sanitises lessons', () => {
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html).toContain(`content="default-src 'self'; script-src 'self';`);
      expect(html).not.toMatch(/<script(?![^>]*(?:src=|type="application\/json"))/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
    const lesson = readFileSync(path.join(out, 'vi/lessons/data.search.basic.keywords.html'), 'utf8');
    expect(lesson).not.toContain('alert(1)</script>');
    expect(lesson).toContain('href="data.search.intermediate.operators.html#toan-tu"');
    expect(lesson).toContain('src="../../assets/funnel.svg" alt="Sơ đồ phễu tìm kiếm"');
    expect(lesson).toContain('<h2 id="bắt-đầu-từ-câu-hỏi">');
    const en = readFileSync(path.join(out, 'en/lessons/data.search.basic.keywords.html'), 'utf8');
    expect(en).toContain('href="data.search.intermediate.operators.html"');
    const fallback = readFileSync(path.join(out, 'en/lessons/data.search.advanced.sources.html'), 'utf8');
    expect(fallback).toContain('<div class="lesson-body" lang="vi">');
  });

  it('is deterministic: the same sources give the same bytes', async () => {
    const again = await buildFixtureSite();
    for (const file of files)
      expect(readFileSync(path.join(again, file)), file).toEqual(readFileSync(path.join(out, file)));
    expect(walk(again).sort()).toEqual(files);
  });

  it('makes again only the pages whose sources changed, and gives the bytes a build from scratch gives', async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), 'curriculum-site-cache-')), 'fw');
    await cp(fixture, root, { recursive: true });
    const cacheDir = path.join(root, '..', 'cache');
    const incremental = path.join(root, '..', 'out');
    const build = () =>
      runCli(['build', 'site', root, '--out', incremental], { env: { CURRICULUM_CACHE_DIR: cacheDir } });
    const first = await build();
    const total = Number(/\((\d+) of \1 lesson and quiz pages made/.exec(first.stdout)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect((await build()).stdout).toContain(`(0 of ${total} `);
    const page = path.join(incremental, 'vi/lessons/safety.passwords.basic.strong.html');
    const inodeBefore = statSync(path.join(incremental, 'vi/index.html')).ino;
    // The search texts are kept a locale apiece: a lesson edited in one language rewrites that language's alone.
    const textsFiles = () => readdirSync(cacheDir).filter((name) => /\.texts-[^.]+\.json$/.test(name));
    const textsStat = (locale: string) => {
      const { ino, mtimeMs } = statSync(
        path.join(cacheDir, textsFiles().find((n) => n.endsWith(`.texts-${locale}.json`)) as string),
      );
      return { ino, mtimeMs };
    };
    const [viTexts, enTexts] = [textsStat('vi'), textsStat('en')];

    // One lesson's body edited: its pages only (the source locale's, and the fallback page of a locale without
    // a translation), and the output a build from scratch makes.
    await appendFile(path.join(root, 'lessons/safety/strong.md'), '\nMột đoạn mới.\n');
    const edited = await build();
    const made = Number(/\((\d+) of /.exec(edited.stdout)?.[1]);
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(2);
    expect(readFileSync(page, 'utf8')).toContain('Một đoạn mới.');
    expect(statSync(path.join(incremental, 'vi/index.html')).ino).toBe(inodeBefore);
    expect(textsStat('vi')).not.toEqual(viTexts);
    expect(textsStat('en')).toEqual(enTexts);
    const scratch = path.join(root, '..', 'scratch');
    expect((await runCli(['build', 'site', root, '--out', scratch, '--no-cache'])).code).toBe(0);
    expect(walk(incremental).sort()).toEqual(walk(scratch).sort());
    for (const file of walk(scratch))
      expect(readFileSync(path.join(incremental, file)), file).toEqual(
        readFileSync(path.join(scratch, file)),
      );

    // A title changed: every page that shows it is made again (roles, competency, neighbours), still as from scratch.
    const lessonFile = path.join(root, 'lessons/safety/strong.md');
    await writeFile(
      lessonFile,
      readFileSync(lessonFile, 'utf8').replace(/^title:.*$/m, 'title: Mật khẩu mạnh hơn'),
    );
    expect((await build()).code).toBe(0);
    await rm(scratch, { recursive: true, force: true });
    expect((await runCli(['build', 'site', root, '--out', scratch, '--no-cache'])).code).toBe(0);
    for (const file of walk(scratch))
      expect(readFileSync(path.join(incremental, file)), file).toEqual(
        readFileSync(path.join(scratch, file)),
      );

    // A question's stem edited: its quiz pages show it (and nothing else need change), still as from scratch.
    const questions = path.join(root, 'questions/safety.yaml');
    await writeFile(
      questions,
      readFileSync(questions, 'utf8').replace('Đúng hay sai? 2', 'Đúng hay sai? Hai'),
    );
    const quizEdited = await build();
    expect(Number(/\((\d+) of /.exec(quizEdited.stdout)?.[1])).toBeGreaterThanOrEqual(1);
    expect(readFileSync(path.join(incremental, 'vi/quiz/safety.passwords/basic.html'), 'utf8')).toContain(
      'Đúng hay sai? Hai',
    );
    await rm(scratch, { recursive: true, force: true });
    expect((await runCli(['build', 'site', root, '--out', scratch, '--no-cache'])).code).toBe(0);
    for (const file of walk(scratch))
      expect(readFileSync(path.join(incremental, file)), file).toEqual(
        readFileSync(path.join(scratch, file)),
      );

    // The kept search texts lost: a lesson's opening changed rebuilds the index from texts rendered again.
    expect(textsFiles().length).toBeGreaterThan(0);
    for (const name of textsFiles()) await rm(path.join(cacheDir, name));
    const indexBefore = readFileSync(path.join(incremental, 'vi/search-index.js'), 'utf8');
    const other = path.join(root, 'lessons/safety/strong.md');
    await writeFile(
      other,
      readFileSync(other, 'utf8').replace(/\n---\n/, '\n---\n\nMở đầu mới về mật khẩu.\n'),
    );
    expect((await build()).code).toBe(0);
    // ...and keeps them again, every lesson page's of each locale whose index was rebuilt (here the source's alone:
    // a locale's texts are read, and kept, only when its index is rebuilt).
    expect(textsFiles()).toEqual([expect.stringMatching(/\.texts-vi\.json$/)]);
    const kept = JSON.parse(readFileSync(path.join(cacheDir, textsFiles()[0] as string)).toString('utf16le'));
    expect(Object.keys(kept).sort()).toEqual(
      walk(incremental)
        .filter((file) => /^vi\/lessons\/.*\.html$/.test(file))
        .sort(),
    );
    await rm(scratch, { recursive: true, force: true });
    expect((await runCli(['build', 'site', root, '--out', scratch, '--no-cache'])).code).toBe(0);
    expect(readFileSync(path.join(incremental, 'vi/search-index.js'), 'utf8')).not.toBe(indexBefore);
    for (const file of walk(scratch))
      expect(readFileSync(path.join(incremental, file)), file).toEqual(
        readFileSync(path.join(scratch, file)),
      );

    // A page someone edited in the output is not trusted: it is made again.
    await writeFile(page, 'tampered');
    expect((await build()).stdout).toMatch(/\([12] of /);
    expect(readFileSync(page, 'utf8')).toContain('Một đoạn mới.');

    // A theme's stylesheet changes the stylesheet (and the service worker's cache name), no page; a theme's
    // template changes every page.
    await cp(path.join(fixture, '..', 'theme'), path.join(root, 'theme'), { recursive: true });
    expect((await build()).stdout).toContain(`(0 of ${total} `);
    expect(readFileSync(path.join(incremental, 'static/site.css'), 'utf8')).toContain('theme override');
    const layout = readFileSync(path.join(builtinTemplateDir, 'layout.hbs'), 'utf8');
    await writeFile(path.join(root, 'theme/layout.hbs'), layout.replace('</body>', '<!-- themed --></body>'));
    expect((await build()).stdout).toContain(`(${total} of ${total} `);
    expect(readFileSync(page, 'utf8')).toContain('<!-- themed -->');

    // A record another toolkit build wrote is not used, and the side pieces beside it that this build does not keep
    // (here the former single texts file) are swept from the cache folder.
    const recordFile = readdirSync(cacheDir).find((name) => /^output-[0-9a-f]+\.json$/.test(name)) as string;
    const legacy = `${recordFile.slice(0, -'.json'.length)}.texts.json`;
    await writeFile(path.join(cacheDir, legacy), '{}');
    const record = JSON.parse(readFileSync(path.join(cacheDir, recordFile), 'utf8'));
    await writeFile(path.join(cacheDir, recordFile), JSON.stringify({ ...record, build: 'another' }));
    expect((await build()).stdout).toContain(`(${total} of ${total} `);
    expect(readdirSync(cacheDir)).not.toContain(legacy);
    expect(textsFiles().sort()).toEqual([
      expect.stringMatching(/\.texts-en\.json$/),
      expect.stringMatching(/\.texts-vi\.json$/),
    ]);
  });

  it('reports a broken theme template at its file and line, exits 1 and leaves the last site in place', async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), 'curriculum-site-theme-')), 'fw');
    await cp(fixture, root, { recursive: true });
    const out = path.join(root, '..', 'out');
    expect((await runCli(['build', 'site', root, '--out', out, '--no-cache'])).code).toBe(0);
    const before = readFileSync(path.join(out, 'vi/index.html'), 'utf8');
    await mkdir(path.join(root, 'theme'), { recursive: true });
    await writeFile(
      path.join(root, 'theme/lesson.hbs'),
      '<article>\n{{#if body}}{{{body}}}{{/each}}\n</article>\n',
    );
    const result = await runCli(['build', 'site', root, '--out', out, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('theme/lesson.hbs:2:');
    expect(result.stderr).toContain("Cannot compile the site template: if doesn't match each");
    expect(result.stderr).toContain('hint: Fix the Handlebars syntax');
    expect(result.stderr).not.toContain('internal error');
    expect(readFileSync(path.join(out, 'vi/index.html'), 'utf8')).toBe(before);

    // A helper the site does not have is named up front, at its line, not when a page is laid out.
    await writeFile(path.join(root, 'theme/lesson.hbs'), '<article>\n<p>{{shout title}}</p>\n</article>\n');
    const unknown = await runCli(['build', 'site', root, '--out', out, '--no-cache']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('theme/lesson.hbs:2:');
    expect(unknown.stderr).toContain('unknown helper shout');
    expect(unknown.stderr).not.toContain('internal error');
    expect(readFileSync(path.join(out, 'vi/index.html'), 'utf8')).toBe(before);
  });

  it('refuses a missing --templates folder with a usage error', async () => {
    const result = await runCli([
      'build',
      'site',
      fixture,
      '--out',
      path.join(tmpdir(), 'never'),
      '--templates',
      '/nope',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No such templates folder');
  });
});
