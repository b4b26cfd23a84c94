import { inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';
import { type CompressedEntry, compressEntry, EntryArena } from '../../zip/compressed-entry.js';
import { checkName, writeZip } from '../../zip/zip-writer.js';

/**
 * A reproducible zip built entry by entry: each file is deflated as it is added (so a bank of tens of thousands of
 * items holds only compressed bytes, not every document at once), then written with entries sorted by path,
 * regular files of mode 0644, every time the given instant (UTC). yazl (one asynchronous deflate per entry and a
 * scan of all entries per write) took ~25 s for such banks; archives past the classic zip limits (65,535 entries,
 * 4 GiB) still go through yazl, which writes ZIP64.
 */
export class ZipBuilder {
  private readonly entries: { name: string; entry: CompressedEntry }[] = [];
  private readonly arena = new EntryArena();
  private size = 0;

  add(path: string, data: Uint8Array | string): void {
    checkName(path);
    // Level 1: banks of many small XML items gain little from harder compression, which costs ~3x the time.
    const entry = compressEntry(data, 1, this.arena);
    this.entries.push({ name: path, entry });
    this.size += entry.size;
  }

  async finish(timestamp: Date): Promise<Uint8Array> {
    if (this.entries.length <= 0xfffe && this.size <= 0xf0000000) return writeZip(this.entries, timestamp);
    const sorted = this.entries
      .map(({ name, entry }) => ({
        path: name,
        data: entry.method === 8 ? inflateRawSync(entry.data) : Buffer.from(entry.data),
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return viaYazl(sorted, timestamp);
  }
}

function viaYazl(sorted: { path: string; data: Buffer }[], timestamp: Date): Promise<Uint8Array> {
  const zip = new ZipFile();
  // yazl reads local time: shift the instant so that its local wall clock is the UTC one.
  const mtime = new Date(
    timestamp.getUTCFullYear(),
    timestamp.getUTCMonth(),
    timestamp.getUTCDate(),
    timestamp.getUTCHours(),
    timestamp.getUTCMinutes(),
    timestamp.getUTCSeconds(),
  );
  for (const e of sorted) zip.addBuffer(e.data, e.path, { mtime, mode: 0o100644, forceDosTimestamp: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
