import { ZipFile } from 'yazl';
import { compressEntry } from '../../zip/compressed-entry.js';
import { writeZip } from '../../zip/zip-writer.js';

/** One file of a package: path inside the zip (POSIX) and its bytes. */
export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
}

const safePath = (p: string) =>
  p !== '' && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === '');

/**
 * A reproducible zip: entries sorted by path, regular files of mode 0644, every time the given instant (UTC),
 * deflated. Question banks hold tens of thousands of small items, for which yazl (one asynchronous deflate per
 * entry and a scan of all entries per write) took ~25 s; this writes them synchronously in one pass. Archives
 * past the classic zip limits (65,535 entries, 4 GiB) go through yazl, which writes ZIP64.
 */
export async function zipEntries(entries: readonly ZipEntry[], timestamp: Date): Promise<Uint8Array> {
  const sorted = [...entries]
    .map((e) => ({
      path: e.path,
      data: typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted)
    if (!safePath(e.path)) throw new Error(`unsafe zip entry name ${JSON.stringify(e.path)}`);
  const total = sorted.reduce((n, e) => n + e.data.length, 0);
  if (sorted.length > 0xfffe || total > 0xf0000000) return viaYazl(sorted, timestamp);
  // Level 1: banks of many small XML items gain little from harder compression, which costs ~3x the time.
  return writeZip(
    sorted.map((e) => ({ name: e.path, entry: compressEntry(e.data, 1) })),
    timestamp,
  );
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
