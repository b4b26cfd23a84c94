import { crc32, deflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';

/** One file of a package: path inside the zip (POSIX) and its bytes. */
export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
}

/** DOS date and time of the instant's UTC wall clock (zip times carry no zone). */
function dosDateTime(t: Date): { date: number; time: number } {
  return {
    date: ((t.getUTCFullYear() - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | Math.floor(t.getUTCSeconds() / 2),
  };
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
  const { date, time } = dosDateTime(timestamp);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of sorted) {
    const name = Buffer.from(e.path, 'utf8');
    const deflated = deflateRawSync(e.data);
    const stored = deflated.length >= e.data.length;
    const body = stored ? e.data : deflated;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below is read
    local.copy(record, 6, 4, 26); // version needed .. uncompressed size
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(record, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
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
