import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputRecord } from '../../src/compile/output-record.js';

describe('OutputRecord side pieces', () => {
  it('sweeps the side pieces beside a record it could not use, and keeps those of a record it read', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'curriculum-record-'));
    const out = path.join(cache, 'out');
    await OutputRecord.open(cache, out).save();
    const recordFile = readdirSync(cache).find((name) => /^output-[0-9a-f]+\.json$/.test(name)) as string;
    const base = recordFile.slice(0, -'.json'.length);
    const other = 'output-0000000000000000.texts.json';

    // Another toolkit build's record, its side pieces (one a name no longer written), and another output's.
    writeFileSync(path.join(cache, recordFile), JSON.stringify({ build: 'another', files: [] }));
    for (const stale of [`${base}.texts.json`, `${base}.texts-fr.json`, other])
      writeFileSync(path.join(cache, stale), '{}');
    const record = OutputRecord.open(cache, out);
    record.keepSide('texts-vi', { 'vi/lessons/a.html': 'a' });
    await record.save();
    expect(readdirSync(cache).sort()).toEqual([recordFile, `${base}.texts-vi.json`, other].sort());

    // With this build's record read, a side piece it does not replace still holds: it stays.
    writeFileSync(path.join(cache, `${base}.texts-en.json`), '{}');
    await OutputRecord.open(cache, out).save();
    expect(readdirSync(cache).sort()).toEqual(
      [recordFile, `${base}.texts-en.json`, `${base}.texts-vi.json`, other].sort(),
    );
  });

  it('keeps a side piece for the next build in UTF-16, and gives it back as it was kept', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'curriculum-record-'));
    const out = path.join(cache, 'out');
    const texts = { 'vi/lessons/a.html': 'Tìm kiếm thông tin', 'vi/lessons/b.html': 'Bảo mật' };
    const first = OutputRecord.open(cache, out);
    first.keepSide('texts-vi', texts);
    await first.save();
    const file = readdirSync(cache).find((name) => name.endsWith('.texts-vi.json')) as string;
    // Copied to disk as the strings stand in memory, not transcoded to UTF-8.
    expect(readFileSync(path.join(cache, file))).toEqual(Buffer.from(JSON.stringify(texts), 'utf16le'));
    expect(OutputRecord.open(cache, out).side('texts-vi')).toEqual(texts);
  });
});
