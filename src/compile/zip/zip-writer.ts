import type { CompressedEntry } from './compressed-entry.js';

/** One named entry of a package: its path inside the zip and its pre-compressed bytes. */
export interface ZipEntry {
  name: string;
  entry: CompressedEntry;
}

const fileMode = 0o100644;
const utf8Flag = 0x0800;
const madeByUnix = (3 << 8) | 20;
const encoder = new TextEncoder();

/**
 * Writes a deterministic zip from pre-compressed entries: sorted names, fixed mode 0644, every time set to
 * `timestamp` (its UTC fields, so the bytes never depend on the time zone), UTF-8 names, no extra fields.
 * yazl (used elsewhere) always deflates what it is given; here each lesson is compressed once and copied into
 * many packages. No ZIP64: a package past 65,535 entries or 4 GiB is refused.
 */
export function writeZip(entries: readonly ZipEntry[], timestamp: Date): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sorted.length > 0xffff) throw new Error(`a package cannot hold ${sorted.length} files (limit 65,535)`);
  const { time, date } = dosDateTime(timestamp);
  const names = sorted.map((e) => encoder.encode(checkName(e.name)));
  let size = 22;
  for (const [i, e] of sorted.entries())
    size += 30 + 46 + 2 * (names[i]?.byteLength ?? 0) + e.entry.data.byteLength;
  if (size > 0xfffffffe) throw new Error('a package cannot exceed 4 GiB');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const [i, { entry }] of sorted.entries()) {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    at = header(view, at + 6, entry, time, date, name.byteLength);
    view.setUint16(at, 0, true);
    out.set(name, at + 2);
    at += 2 + name.byteLength;
    out.set(entry.data, at);
    at += entry.data.byteLength;
  }
  const centralStart = at;
  for (const [i, { entry }] of sorted.entries()) {
    const name = names[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, madeByUnix, true);
    view.setUint16(at + 6, 20, true);
    at = header(view, at + 8, entry, time, date, name.byteLength);
    view.setUint16(at, 0, true); // extra length
    view.setUint16(at + 2, 0, true); // comment length
    view.setUint16(at + 4, 0, true); // disk number
    view.setUint16(at + 6, 0, true); // internal attributes
    view.setUint32(at + 8, (fileMode << 16) >>> 0, true);
    view.setUint32(at + 12, offsets[i] as number, true);
    out.set(name, at + 16);
    at += 16 + name.byteLength;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, sorted.length, true);
  view.setUint16(at + 10, sorted.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

// Flags, method, time, date, CRC, sizes and name length: the fields local and central headers share.
function header(
  view: DataView,
  at: number,
  e: CompressedEntry,
  time: number,
  date: number,
  nameLength: number,
) {
  view.setUint16(at, utf8Flag, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, time, true);
  view.setUint16(at + 6, date, true);
  view.setUint32(at + 8, e.crc, true);
  view.setUint32(at + 12, e.data.byteLength, true);
  view.setUint32(at + 16, e.size, true);
  view.setUint16(at + 20, nameLength, true);
  return at + 22;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Refuses names that unpack outside the folder: absolute, `..`, backslashes, empty segments. */
export function checkName(name: string): string {
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    name.split('/').some((p) => p === '' || p === '..' || p === '.')
  )
    throw new Error(`zip entry name ${JSON.stringify(name)} would unpack outside its folder`);
  return name;
}
