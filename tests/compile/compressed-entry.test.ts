import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashSeed, mulberry32 } from '../../src/compile/exam/prng.js';
import { compressEntry, EntryArena } from '../../src/compile/zip/compressed-entry.js';

const decoded = (entry: ReturnType<typeof compressEntry>) =>
  Buffer.from(entry.method === 8 ? inflateRawSync(entry.data) : entry.data).toString('utf8');

describe('compressEntry', () => {
  const random = mulberry32(hashSeed('compressed-entry'));
  const words = ['dữ liệu', 'thông tin', '<item id="1"/>', 'chữ ký số', '&amp;', 'x'];
  const texts = Array.from({ length: 3000 }, (_, i) =>
    Array.from(
      { length: Math.floor(random() * (i % 50 === 0 ? 40_000 : 400)) },
      () => words[Math.floor(random() * words.length)],
    ).join(' '),
  );

  it('gives back every text, stored or deflated, with its size and CRC, from its own array or an arena', () => {
    const arena = new EntryArena();
    for (const text of texts) {
      const bytes = Buffer.from(text);
      for (const entry of [compressEntry(text), compressEntry(text, 1, arena)]) {
        expect(entry.size).toBe(bytes.byteLength);
        expect(entry.crc).toBe(crc32(bytes));
        expect(decoded(entry)).toBe(text);
      }
    }
  });

  it('keeps arena entries intact while later ones fill new chunks', () => {
    const arena = new EntryArena();
    const entries = texts.map((text) => compressEntry(text, 6, arena));
    // Written after all of them: an entry's bytes are a slice no later entry overwrote.
    for (const [i, entry] of entries.entries()) expect(decoded(entry)).toBe(texts[i]);
  });
});
