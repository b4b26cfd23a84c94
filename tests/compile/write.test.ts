import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../src/compile/target.js';
import { writeOutput } from '../../src/compile/write.js';
import { testdir } from '../helpers/testdir.js';

async function* artifacts(count: number, failAt?: number): AsyncIterable<Artifact> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('target failed');
    yield { path: `pages/${i % 7}/page-${i}.html`, data: `<p>${i}</p>` };
  }
}

describe('writeOutput', () => {
  it('writes every artifact, many at once, and counts them', async () => {
    const root = await testdir({ 'curriculum.yaml': 'x' });
    const out = path.join(root, '..', `${path.basename(root)}-out`);
    const summary = await writeOutput(out, artifacts(500), root);
    expect(summary.files).toBe(500);
    expect(readFileSync(path.join(out, 'pages/2/page-499.html'), 'utf8')).toBe('<p>499</p>');
    expect(readdirSync(path.dirname(out)).filter((n) => n.includes('.staging-'))).toEqual([]);
  });

  it('leaves the previous output untouched and no staging folder when a target fails midway', async () => {
    const root = await testdir({ 'curriculum.yaml': 'x' });
    const out = path.join(root, '..', `${path.basename(root)}-out`);
    await writeOutput(out, artifacts(10), root);
    await expect(writeOutput(out, artifacts(400, 300), root)).rejects.toThrow('target failed');
    expect(
      readdirSync(path.join(out, 'pages'), { recursive: true }).filter((n) => String(n).endsWith('.html')),
    ).toHaveLength(10);
    expect(existsSync(`${out}.staging-${process.pid}`)).toBe(false);
  });

  it('refuses an artifact path that would leave the output folder, and the same path twice', async () => {
    const root = await testdir({ 'curriculum.yaml': 'x' });
    const out = path.join(root, '..', `${path.basename(root)}-bad`);
    async function* escaping(): AsyncIterable<Artifact> {
      yield { path: '../escape.txt', data: 'x' };
    }
    await expect(writeOutput(out, escaping(), root)).rejects.toThrow('would leave the output folder');
    async function* twice(): AsyncIterable<Artifact> {
      yield { path: 'a.txt', data: '1' };
      yield { path: 'a.txt', data: '2' };
    }
    await expect(writeOutput(out, twice(), root)).rejects.toThrow('two artifacts were written to a.txt');
    expect(existsSync(path.join(root, '..', 'escape.txt'))).toBe(false);
  });
});
