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

/** Writes a lesson body, from its parse, as the text its build will read back. */
export type BodyPreparer = (markdown: string, tokens: readonly Token[]) => string;

let batches = 0;
// One buffer per thread for a batch's bodies, and one for reading a body back: a buffer per body would be memory
// outside the heap that the garbage collector counts and runs for.
let batch = Buffer.allocUnsafe(4 << 20);
let readBack = Buffer.allocUnsafe(1 << 20);

/**
 * Gathers the bodies one batch of files prepares and writes them as one scratch file (a file per lesson would cost
 * a file creation each); each body is a slice of it, in UTF-16 (copied, not transcoded, either way). A thread
 * fills one writer at a time (they share its buffer).
 */
export class ScratchWriter {
  private size = 0;
  private readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, `${threadId}-${++batches}.bin`);
  }

  add(text: string): PreparedRef {
    const length = text.length * 2;
    if (batch.length < this.size + length) {
      const larger = Buffer.allocUnsafe(Math.max(batch.length * 2, this.size + length));
      batch.copy(larger, 0, 0, this.size);
      batch = larger;
    }
    batch.write(text, this.size, 'utf16le');
    const ref = { file: this.file, offset: this.size, length };
    this.size += length;
    return ref;
  }

  /** Writes what was added; its slices are readable from then on. */
  flush(): void {
    if (this.size > 0) writeFileSync(this.file, batch.subarray(0, this.size));
    this.size = 0;
  }
}

/** Reads prepared bodies back, keeping each scratch file open until `close`. */
export class ScratchReader {
  private readonly open = new Map<string, number>();

  read(ref: PreparedRef): string {
    let fd = this.open.get(ref.file);
    if (fd === undefined) {
      fd = openSync(ref.file, 'r');
      this.open.set(ref.file, fd);
    }
    if (readBack.length < ref.length) readBack = Buffer.allocUnsafe(ref.length);
    readSync(fd, readBack, 0, ref.length, ref.offset);
    return readBack.toString('utf16le', 0, ref.length);
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }
}

/** Reads one prepared body (a reader kept for many is cheaper: it opens each scratch file once). */
export function readPrepared(ref: PreparedRef, reader?: ScratchReader): string {
  if (reader) return reader.read(ref);
  const once = new ScratchReader();
  try {
    return once.read(ref);
  } finally {
    once.close();
  }
}
