import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Builds a temp folder from `{ 'path/in/tree': contents }` and returns its absolute path. */
export async function testdir(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'curriculum-test-'));
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  return root;
}

/** A minimal valid framework (one area, two levels, one competency, role, lessons and 3 questions per cell) to change in tests. */
export function minimalFramework(
  overrides: Record<string, string | Uint8Array | null> = {},
): Record<string, string | Uint8Array> {
  const base: Record<string, string | Uint8Array> = {
    'curriculum.yaml': [
      'schema: 1',
      'id: test-framework',
      'version: 1.0.0',
      'title: { vi: "Khung thử", en: "Test framework" }',
      'locales: [vi, en]',
      'levels:',
      '  - { id: basic, title: { vi: "Cơ bản", en: "Basic" } }',
      '  - { id: intermediate, title: { vi: "Trung cấp", en: "Intermediate" } }',
      'areas:',
      '  - { id: data, title: { vi: "Dữ liệu", en: "Data" } }',
      '',
    ].join('\n'),
    'competencies/data.search.yaml': [
      'id: data.search',
      'area: data',
      'title: { vi: "Tìm kiếm", en: "Searching" }',
      'levels:',
      '  basic:',
      '    outcomes: [{ vi: "Tìm bằng từ khóa", en: "Searches with keywords" }]',
      '  intermediate:',
      '    outcomes: [{ vi: "Dùng toán tử", en: "Uses operators" }]',
      '',
    ].join('\n'),
    'roles/deputy.yaml': [
      'id: deputy',
      'title: { vi: "Đại biểu", en: "Deputy" }',
      'requires:',
      '  data.search: intermediate',
      '',
    ].join('\n'),
    'lessons/search/basic.md': lesson(
      'data.search.basic.keywords',
      'basic',
      'Từ khóa',
      'Tìm kiếm bằng **từ khóa**.',
    ),
    'lessons/search/basic.en.md': translation(
      'data.search.basic.keywords',
      'Keywords',
      'Search with **keywords**.',
    ),
    'lessons/search/intermediate.md': lesson(
      'data.search.intermediate.operators',
      'intermediate',
      'Toán tử',
      'Dùng `site:`.',
    ),
    'lessons/search/intermediate.en.md': translation(
      'data.search.intermediate.operators',
      'Operators',
      'Use `site:`.',
    ),
    'questions/search.yaml': ['basic', 'intermediate']
      .flatMap((level) => [1, 2, 3].map((n) => question(`data.search.${level}.q${n}`, level)))
      .join(''),
  };
  for (const [file, contents] of Object.entries(overrides)) {
    if (contents === null) delete base[file];
    else base[file] = contents;
  }
  return base;
}

export function lesson(
  id: string,
  level: string,
  title: string,
  body: string,
  competency = 'data.search',
): string {
  return `---\nid: ${id}\ncompetency: ${competency}\nlevel: ${level}\ntitle: "${title}"\nminutes: 5\n---\n${body}\n`;
}

export function translation(id: string, title: string, body: string): string {
  return `---\nid: ${id}\ntitle: "${title}"\n---\n${body}\n`;
}

export function question(id: string, level: string, competency = 'data.search'): string {
  return [
    `- id: ${id}`,
    `  competency: ${competency}`,
    `  level: ${level}`,
    '  type: true-false',
    '  stem: { vi: "Đúng hay sai?", en: "True or false?" }',
    '  answer: true',
    '',
  ].join('\n');
}
