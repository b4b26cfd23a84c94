import { crc32, deflateRawSync } from 'node:zlib';

/** A file compressed once, ready to be copied into any number of zips without compressing it again. */
export interface CompressedEntry {
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

const textEncoder = new TextEncoder();

/**
 * Deflates `content` (raw deflate, level 6 as Info-ZIP's default unless told); keeps it stored when deflate does not
 * help. With an arena, the bytes kept are a slice of it (see EntryArena).
 */
export function compressEntry(content: Uint8Array | string, level = 6, arena?: EntryArena): CompressedEntry {
  const bytes = typeof content === 'string' ? encode(content, arena) : content;
  const crc = crc32(bytes);
  const keep = (data: Uint8Array) => (arena ? arena.keep(data) : data);
  if (bytes.byteLength < 64) return { method: 0, crc, size: bytes.byteLength, data: keep(bytes) };
  // A window no larger than the file needs gives the same bytes with less memory to set up per file.
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(bytes.byteLength + 262))));
  const deflated = deflateRawSync(bytes, { level, windowBits });
  return deflated.byteLength < bytes.byteLength
    ? { method: 8, crc, size: bytes.byteLength, data: keep(deflated) }
    : { method: 0, crc, size: bytes.byteLength, data: keep(bytes) };
}

// A string encoded into the arena's scratch space (it is copied out by keep() or dropped), else into a new array.
function encode(text: string, arena: EntryArena | undefined): Uint8Array {
  return arena ? arena.encode(text) : textEncoder.encode(text);
}

const arenaChunk = 4 << 20;

/**
 * Where the entries of a large zip (tens of thousands of small files) keep their bytes: slices of a few large
 * buffers, instead of an array each. Each array would be memory outside the heap, which the garbage collector
 * counts and tracks: building a 20,000-item package spent a third of its time collecting.
 */
export class EntryArena {
  private chunk = Buffer.allocUnsafe(arenaChunk);
  private used = 0;
  private scratch = Buffer.allocUnsafe(64 * 1024);

  /** A copy of `data` in the arena. */
  keep(data: Uint8Array): Uint8Array {
    if (data.byteLength > arenaChunk / 4) return Uint8Array.prototype.slice.call(data);
    if (this.used + data.byteLength > this.chunk.length) {
      this.chunk = Buffer.allocUnsafe(arenaChunk);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + data.byteLength);
    view.set(data);
    this.used += data.byteLength;
    return view;
  }

  /** `text` as UTF-8, in scratch space valid until the next call. */
  encode(text: string): Uint8Array {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (this.scratch.length < text.length * 3) this.scratch = Buffer.allocUnsafe(text.length * 3);
    const written = this.scratch.write(text);
    return this.scratch.subarray(0, written);
  }
}
