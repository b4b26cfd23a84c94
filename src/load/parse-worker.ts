import { parentPort } from 'node:worker_threads';
import type { FileKind } from './classify.js';
import { type ParsedFile, parseFile } from './parse-file.js';

/** One file for a worker to parse. */
export interface ParseJob {
  path: string;
  kind: FileKind;
  bytes: Uint8Array;
}

export interface ParseRequest {
  jobs: ParseJob[];
  locales: string[];
}

parentPort?.on('message', (request: ParseRequest) => {
  const results: ParsedFile[] = request.jobs.map((job) => safeParse(job, request.locales));
  parentPort?.postMessage(results);
});

/** Parses one file; an unexpected throw becomes a diagnostic on that file and the rest go on. */
export function safeParse(job: ParseJob, locales: readonly string[]): ParsedFile {
  try {
    return parseFile(job.path, job.kind, job.bytes, locales);
  } catch (error) {
    return {
      path: job.path,
      kind: job.kind,
      brokenIds: [],
      diagnostics: [
        {
          ruleId: 'internal',
          severity: 'error',
          file: job.path,
          message: `The toolkit failed on this file: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'Please report this with the file attached.',
        },
      ],
    };
  }
}
