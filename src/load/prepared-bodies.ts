import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type Token from 'markdown-it/lib/token.mjs';
import type { PreparedRef } from '../model/types.js';

// A build that renders lessons can have the load write each body for rendering where it parses it (the tokens are
// at hand), so a lesson is parsed once per build. What a prepared body holds is the build's business: it names a
// module exporting `prepareBody`; the load only keeps the bytes, in scratch files, and says where each one is.

/** How a build wants lesson bodies prepared: the module that writes them, and the scratch folder they go to. */
export interface PrepareBodies {
  /** URL of a module exporting `prepareBody: BodyPreparer`. */
  module: string;
  dir: string;
}

/** Writes a lesson body, from its parse, as the bytes its build will read back. */
export type BodyPreparer = (markdown: string, tokens: readonly Token[]) => Uint8Array;

let batches = 0;

/**
 * Gathers the bodies one batch of files prepares and writes them as one scratch file (a file per lesson would cost
 * a file creation each); each body is a slice of it.
 */
export class ScratchWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, `${threadId}-${++batches}.bin`);
  }

  add(bytes: Uint8Array): PreparedRef {
    const ref = { file: this.file, offset: this.size, length: bytes.byteLength };
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    return ref;
  }

  /** Writes what was added; its slices are readable from then on. */
  flush(): void {
    if (this.parts.length > 0) writeFileSync(this.file, Buffer.concat(this.parts, this.size));
    this.parts = [];
  }
}

/** Reads prepared bodies back, keeping each scratch file open until `close`. */
export class ScratchReader {
  private readonly open = new Map<string, number>();

  read(ref: PreparedRef): Buffer {
    let fd = this.open.get(ref.file);
    if (fd === undefined) {
      fd = openSync(ref.file, 'r');
      this.open.set(ref.file, fd);
    }
    const bytes = Buffer.allocUnsafe(ref.length);
    readSync(fd, bytes, 0, ref.length, ref.offset);
    return bytes;
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }
}

/** Reads one prepared body (a reader kept for many is cheaper: it opens each scratch file once). */
export function readPrepared(ref: PreparedRef, reader?: ScratchReader): Buffer {
  if (reader) return reader.read(ref);
  const once = new ScratchReader();
  try {
    return once.read(ref);
  } finally {
    once.close();
  }
}
