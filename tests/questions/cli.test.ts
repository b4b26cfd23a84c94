import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { bankDir, buildBank } from './helpers.js';

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), readFileSync(file));
  }
  return out;
}

const idsIn = (dir: string, locale = 'vi') =>
  (
    JSON.parse(
      readFileSync(
        path.join(
          dir,
          'json',
          `${readdirSync(path.join(dir, 'json')).find((f) => f.includes(`.${locale}.`))}`,
        ),
        'utf8',
      ),
    ).questions as { id: string }[]
  ).map((q) => q.id);

describe('curriculum build questions', () => {
  it('writes the same bytes twice, whatever the time zone', async () => {
    const a = await buildBank([], { TZ: 'UTC' });
    const b = await buildBank([], { TZ: 'Asia/Ho_Chi_Minh' });
    expect(a.result.code).toBe(0);
    const first = snapshot(a.out);
    expect([...first.keys()].sort()).toHaveLength(14);
    expect(snapshot(b.out)).toEqual(first);
    expect(a.result.stdout).toContain('Wrote 14 files');
  });

  it('builds large banks on worker threads to the same bytes and warnings as in one thread', async () => {
    // The bundled framework (316 questions × 7 formats × 2 locales) is large enough for the worker pool.
    const build = async (threads: string) => {
      const out = mkdtempSync(path.join(tmpdir(), 'curriculum-bank-threads-'));
      const result = await runCli(['build', 'questions', 'curriculum', '--out', out, '--no-cache'], {
        env: { CURRICULUM_THREADS: threads },
      });
      expect(result.code, result.stderr).toBe(0);
      // Hashes: deep equality over megabytes of Buffers is slow in the matcher.
      const hashes = [...snapshot(out)].map(
        ([f, bytes]) => [f, createHash('sha1').update(bytes).digest('hex')] as const,
      );
      return { files: new Map(hashes), stderr: result.stderr };
    };
    const [pooled, single] = await Promise.all([build('2'), build('1')]);
    expect(pooled.files.size).toBe(14);
    expect(pooled.files).toEqual(single.files);
    expect(pooled.stderr).toBe(single.stderr);
  });

  it('filters by role (every level it needs), level and competency', async () => {
    const role = await buildBank(['--format', 'json', '--role', 'clerk']);
    expect(idsIn(role.out)).toEqual([
      'safety.privacy.basic.match',
      'safety.privacy.basic.order',
      'safety.privacy.basic.single2',
      'safety.privacy.advanced.tf',
    ]);
    const level = await buildBank(['--format', 'json', '--level', 'advanced', '--locale', 'en']);
    expect(idsIn(level.out, 'en')).toEqual([
      'data.search.advanced.short',
      'data.search.advanced.numeric',
      'safety.privacy.advanced.tf',
    ]);
    expect(readdirSync(path.join(level.out, 'json'))).toEqual(['qbank.en.json']);
    const both = await buildBank(['--format', 'json', '--role', 'deputy', '--competency', 'safety.privacy']);
    expect(idsIn(both.out)).toEqual([
      'safety.privacy.basic.match',
      'safety.privacy.basic.order',
      'safety.privacy.basic.single2',
    ]);
  });

  it('refuses unknown formats, locales and ids with exit 2 and a suggestion', async () => {
    const format = await buildBank(['--format', 'qti22']);
    expect(format.result.code).toBe(2);
    expect(format.result.stderr).toContain('Unknown format `qti22`');
    expect(format.result.stderr).toContain('qti21');
    const role = await buildBank(['--role', 'deputi']);
    expect(role.result.code).toBe(2);
    expect(role.result.stderr).toContain('Did you mean `deputy`?');
    const locale = await buildBank(['--locale', 'fr']);
    expect(locale.result.code).toBe(2);
  });
});

describe('curriculum build exam', () => {
  const exam = async (args: string[]) => {
    const out = mkdtempSync(path.join(tmpdir(), 'curriculum-exam-'));
    const run = await runCli(
      [
        'build',
        'exam',
        bankDir,
        '--out',
        path.join(out, 'exam'),
        '--no-cache',
        '--format',
        'json,qti21',
        ...args,
      ],
      {
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      },
    );
    return { run, dir: path.join(out, 'exam') };
  };

  it('draws the same paper for the same seed, balanced across the cell', async () => {
    const a = await exam(['--role', 'deputy', '--level', 'basic', '--count', '4', '--seed', 'kỳ họp 2026']);
    const b = await exam(['--role', 'deputy', '--level', 'basic', '--count', '4', '--seed', 'kỳ họp 2026']);
    expect(a.run.code, a.run.stderr).toBe(0);
    expect(snapshot(a.dir)).toEqual(snapshot(b.dir));
    const ids = idsIn(a.dir);
    expect(ids).toHaveLength(4);
    expect(ids.filter((id) => id.startsWith('data.search.basic'))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith('safety.privacy.basic'))).toHaveLength(2);
    expect(readdirSync(path.join(a.dir, 'json')).sort()).toEqual([
      'qbank.exam.deputy.basic.ky-hop-2026.en.json',
      'qbank.exam.deputy.basic.ky-hop-2026.vi.json',
    ]);
  });

  it('refuses a count the cell cannot fill', async () => {
    const { run } = await exam(['--role', 'clerk', '--level', 'advanced', '--count', '5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has 1 question across 1 competency, fewer than --count 5');
  });
});
