// questions: every bank format for the large framework's 20,000 questions, against loading the question files alone.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ratio, report, timeCli } from './lib.mjs';

export default async function (bench) {
  const { dir, work } = bench;
  // A copy whose lessons are stubs (front matter, a one-word body): loading it is loading the question files
  // alone, give or take 8,000 tiny files, and it still passes validation so that it can be built.
  const only = path.join(work, 'questions-only');
  rmSync(only, { recursive: true, force: true });
  mkdirSync(only, { recursive: true });
  for (const part of ['curriculum.yaml', 'competencies', 'roles', 'questions', 'assets']) {
    cpSync(path.join(dir, part), path.join(only, part), { recursive: true });
  }
  for (const entry of readdirSync(path.join(dir, 'lessons'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(only, path.relative(dir, from));
    mkdirSync(path.dirname(to), { recursive: true });
    const text = readFileSync(from, 'utf8');
    writeFileSync(to, `${text.slice(0, text.indexOf('\n---\n') + 5)}Stub.\n`);
  }
  const out = path.join(work, 'questions-out');
  const quiet = ['--no-cache'];
  const load = timeCli(['validate', only, '--quiet', '--no-cache', '--format', 'json']);
  report('load + check the question files alone (validate, no cache)', load);
  const all = timeCli(['build', 'questions', dir, '--out', out, '--diagnostics', 'json', ...quiet], {
    runs: 1,
  });
  report('build questions, all 7 formats × 2 locales (full framework)', all);
  const allOnly = timeCli(['build', 'questions', only, '--out', out, '--diagnostics', 'json', ...quiet], {
    runs: 1,
  });
  report('build questions, all formats, question files only', allOnly);
  ratio('build questions (all formats) / loading the questions', allOnly.ms / load.ms, 3);
  const exam = timeCli(
    ['build', 'exam', dir, '--role', 'role-0', '--level', 'basic', '--count', '40', '--out', out, ...quiet],
    { runs: 1 },
  );
  report('build exam (40 questions, all formats)', exam);
  bench.results.questions = all;
}
