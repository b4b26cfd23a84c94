import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { PreparedRef } from '../model/types.js';
import { cacheKey, withoutBodies } from './cache.js';
import type { FileKind } from './classify.js';
import { type ParsedFile, type PrepareBody, parseFile, versionOf } from './parse-file.js';
import { type BodyPreparer, type PrepareBodies, ScratchWriter } from './prepared-bodies.js';

/** One file for a worker to parse: its bytes, or where on disk to read them (the worker then keys it too). */
export interface ParseJob {
  path: string;
  kind: FileKind;
  bytes?: Uint8Array;
  /** The file's absolute path, read where it is parsed when `bytes` is absent. */
  file?: string;
  /** The file's size when it is read there (batches are weighed by bytes). */
  weight?: number;
}

/** One job's outcome: the parsed file, and its cache key when the worker read the file itself. */
export interface Parsed {
  parsed: ParsedFile;
  key?: string;
  /** The file as the parse cache stores it (JSON, without its body), when it came from a worker in that form. */
  stored?: string;
}

/**
 * A parsed file as a worker sends it: as JSON without its body (what the cache stores, so this thread need not
 * serialise it again; JSON also crosses threads faster than a structured clone), with its body and where its
 * prepared body is kept beside it.
 */
export interface ParsedWire {
  json: string;
  key?: string;
  body?: string;
  prepared?: PreparedRef;
}

export interface ParseRequest {
  jobs: ParseJob[];
  locales: string[];
  /** The toolkit's build id (see buildId), which keys the files a worker reads. */
  build: string;
  /** Lesson bodies are also written for rendering, this way (see prepared-bodies.ts). */
  prepare?: PrepareBodies;
  /** False: lesson bodies are left out of what comes back (nobody reads them; they are most of the bytes). */
  bodies: boolean;
}

// Requests are handled one after another (a request may wait for the preparer to load): answers keep their order.
let turn = Promise.resolve();
parentPort?.on('message', (request: ParseRequest) => {
  turn = turn.then(() => answer(request));
});

async function answer(request: ParseRequest): Promise<void> {
  const writer = request.prepare && new ScratchWriter(request.prepare.dir);
  const preparer =
    request.prepare && ((await import(request.prepare.module)) as { prepareBody: BodyPreparer });
  const prepare: PrepareBody | undefined =
    writer && preparer && ((markdown, tokens) => writer.add(preparer.prepareBody(markdown, tokens)));
  const results = request.jobs.map((job) =>
    toWire(parseJob(job, request.locales, request.build, prepare, request.bodies)),
  );
  writer?.flush();
  parentPort?.postMessage(results);
}

/** Parses one job, reading and keying its file first when it came without bytes. */
export function parseJob(
  job: ParseJob,
  locales: readonly string[],
  build: string,
  prepare?: PrepareBody,
  bodies = true,
): Parsed {
  const parsed = readAndParse(job, locales, build, prepare);
  if (!bodies) dropBody(parsed.parsed);
  return parsed;
}

function readAndParse(
  job: ParseJob,
  locales: readonly string[],
  build: string,
  prepare?: PrepareBody,
): Parsed {
  if (job.bytes) return { parsed: safeParse(job.path, job.kind, job.bytes, locales, prepare) };
  let bytes: Uint8Array;
  try {
    bytes = readReused(job.file as string);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      parsed: failure(job, `The file could not be read (${reason})`, 'Check that it exists and is readable.'),
    };
  }
  return {
    parsed: safeParse(job.path, job.kind, bytes, locales, prepare),
    key: cacheKey(build, job.path, job.kind, bytes, locales),
  };
}

/** A parsed file in the form it crosses threads: as the cache keeps it, what the cache leaves out beside it. */
export function toWire({ parsed, key }: Parsed): ParsedWire {
  const version = versionOf(parsed);
  const wire: ParsedWire = { json: JSON.stringify(withoutBodies(parsed)) };
  if (key !== undefined) wire.key = key;
  if (version?.body) wire.body = version.body;
  if (version?.prepared) wire.prepared = version.prepared;
  return wire;
}

/** The parsed file a worker sent, whole again, with the JSON it came as (for the cache). */
export function fromWire(wire: ParsedWire): Parsed {
  const parsed = JSON.parse(wire.json) as ParsedFile;
  const version = versionOf(parsed);
  if (version && wire.body !== undefined) version.body = wire.body;
  if (version && wire.prepared) version.prepared = wire.prepared;
  return { parsed, stored: wire.json, ...(wire.key === undefined ? {} : { key: wire.key }) };
}

function dropBody(file: ParsedFile): void {
  const version = versionOf(file);
  if (version) version.body = '';
}

// Files are read into one buffer kept for them all (nothing keeps a file's bytes once it is parsed): a buffer per
// file would be memory outside the heap that the garbage collector counts and runs for.
let readBuffer = Buffer.allocUnsafe(1 << 20);

function readReused(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    let size = 0;
    for (;;) {
      if (size === readBuffer.length) {
        const larger = Buffer.allocUnsafe(readBuffer.length * 2);
        readBuffer.copy(larger, 0, 0, size);
        readBuffer = larger;
      }
      const read = readSync(fd, readBuffer, size, readBuffer.length - size, null);
      if (read === 0) return readBuffer.subarray(0, size);
      size += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Parses one file; an unexpected throw becomes a diagnostic on that file and the rest go on. */
export function safeParse(...args: Parameters<typeof parseFile>): ParsedFile {
  try {
    return parseFile(...args);
  } catch (error) {
    const [path, kind] = args;
    return failure(
      { path, kind },
      `The toolkit failed on this file: ${error instanceof Error ? error.message : String(error)}`,
      'Please report this with the file attached.',
    );
  }
}

function failure(job: { path: string; kind: FileKind }, message: string, hint: string): ParsedFile {
  return {
    path: job.path,
    kind: job.kind,
    brokenIds: [],
    diagnostics: [{ ruleId: 'internal', severity: 'error', file: job.path, message, hint }],
  };
}
