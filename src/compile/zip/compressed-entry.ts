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
 * help.
 */
export function compressEntry(content: Uint8Array | string, level = 6): CompressedEntry {
  const bytes = typeof content === 'string' ? textEncoder.encode(content) : content;
  const crc = crc32(bytes);
  if (bytes.byteLength < 64) return { method: 0, crc, size: bytes.byteLength, data: bytes };
  const deflated = deflateRawSync(bytes, { level });
  return deflated.byteLength < bytes.byteLength
    ? { method: 8, crc, size: bytes.byteLength, data: deflated }
    : { method: 0, crc, size: bytes.byteLength, data: bytes };
}
