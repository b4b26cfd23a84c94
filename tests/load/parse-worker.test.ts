import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildId, cacheKey } from '../../src/load/cache.js';
import { fromWire, parseJob, toWire } from '../../src/load/parse-worker.js';
import { readPrepared, ScratchReader, ScratchWriter } from '../../src/load/prepared-bodies.js';

const lesson = [
  '---',
  'id: a.basic.one',
  'competency: a',
  'level: basic',
  'title: "Một"',
  'minutes: 5',
  '---',
  'Xem [bài hai](two.md) và ![sơ đồ](../assets/d.svg).',
  '',
].join('\n');

describe('parseJob', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'curriculum-parse-job-'));
  const file = path.join(dir, 'one.md');
  writeFileSync(file, lesson);
  const bytes = new TextEncoder().encode(lesson);
  const build = buildId();

  it('reads a file it was given by path, and keys it as the cache keys its bytes', () => {
    const read = parseJob({ path: 'lessons/one.md', kind: 'lesson', file }, ['vi'], build);
    const given = parseJob({ path: 'lessons/one.md', kind: 'lesson', bytes }, ['vi'], build);
    expect(read.parsed).toEqual(given.parsed);
    expect(read.parsed.lesson?.versions.vi?.links.map((l) => l.url)).toEqual(['two.md', '../assets/d.svg']);
    expect(read.key).toBe(cacheKey(build, 'lessons/one.md', 'lesson', bytes, ['vi']));
    expect(given.key).toBeUndefined();
  });

  it('keeps many bodies of a batch in one scratch file, each read back whole', () => {
    const writer = new ScratchWriter(dir);
    const texts = Array.from({ length: 300 }, (_, i) => `Bài ${i}: ${'chữ '.repeat(i * 20)}`);
    const refs = texts.map((text) => writer.add(text));
    writer.flush();
    expect(new Set(refs.map((r) => r.file)).size).toBe(1);
    const reader = new ScratchReader();
    try {
      for (const i of [299, 0, 150, 7]) expect(reader.read(refs[i]!)).toBe(texts[i]);
    } finally {
      reader.close();
    }
  });

  it('reports a file that cannot be read on that file, with a hint', () => {
    const { parsed, key } = parseJob(
      { path: 'lessons/gone.md', kind: 'lesson', file: path.join(dir, 'gone.md') },
      ['vi'],
      build,
    );
    expect(key).toBeUndefined();
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        file: 'lessons/gone.md',
        severity: 'error',
        message: 'The file could not be read (ENOENT)',
        hint: expect.any(String),
      }),
    ]);
  });

  it('has a lesson body prepared from the same parse, and kept where the reader finds it again', () => {
    const writer = new ScratchWriter(dir);
    const seen: string[] = [];
    const { parsed } = parseJob(
      { path: 'lessons/one.md', kind: 'lesson', bytes },
      ['vi'],
      build,
      (markdown, tokens) => {
        seen.push(`${markdown.trim()} ${tokens.length}`);
        return writer.add(`prepared: ${markdown.trim()}`);
      },
    );
    writer.flush();
    const ref = parsed.lesson?.versions.vi?.prepared;
    expect(ref).toBeDefined();
    expect(seen).toHaveLength(1);
    const reader = new ScratchReader();
    try {
      expect(reader.read(ref!)).toBe(`prepared: ${lesson.split('---\n')[2]?.trim()}`);
    } finally {
      reader.close();
    }
    expect(readPrepared(ref!)).toMatch(/^prepared: Xem/);
  });

  it('sends a parsed file as the JSON the cache keeps, with its body and prepared body beside it', () => {
    const writer = new ScratchWriter(dir);
    const parsed = parseJob({ path: 'lessons/one.md', kind: 'lesson', file }, ['vi'], build, (markdown) =>
      writer.add(markdown),
    );
    writer.flush();
    const whole = structuredClone(parsed);
    const wire = toWire(parsed);
    // The cache keeps neither the body (cut again from the file when needed) nor where this run prepared it.
    const stored = JSON.parse(wire.json) as typeof whole.parsed;
    expect(stored.lesson?.versions.vi?.body).toBe('');
    expect(stored.lesson?.versions.vi).not.toHaveProperty('prepared');
    expect(wire.body).toMatch(/^Xem \[bài hai\]/);
    const back = fromWire(wire);
    expect(back.parsed).toEqual(whole.parsed);
    expect(back.key).toBe(whole.key);
    expect(back.stored).toBe(wire.json);
  });
});
