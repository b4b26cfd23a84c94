import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { lookup } from '../../../model/lookup.js';
import type { Framework, Question } from '../../../model/types.js';
import { type Bank, type BankTest, type FormatName, skippedDiagnostic } from './bank.js';
import { formats } from './formats.js';
import { TextRenderer } from './text.js';

/** One bank to build: a format in a locale. Questions are indexes into the framework's question list. */
export interface BankJob {
  format: FormatName;
  locale: string;
  name: string;
  title: string;
  questions: number[];
  tests: {
    id: string;
    title: string;
    sections: { competency: string; title: string; questions: number[] }[];
  }[];
}

/** What every bank of a build shares; a worker thread receives it once. */
export interface BankWorld {
  /** The checked framework, without lesson bodies (banks never show them). */
  framework: Framework;
  /** The framework's folder: packaged formats read the images questions show from it. */
  root: string;
  /** Fixed time for zip entries, in ms. */
  timestamp: number;
}

/** A built bank: its bytes and the questions its format could not express. */
export interface BankOutput {
  data: Uint8Array;
  /** Skipped questions by id, with the warning for each. */
  skipped: { id: string; diagnostic: Diagnostic }[];
}

/** Builds jobs in one thread over one world (a worker's, or this thread's for small builds). */
export function bankBuilder(world: BankWorld): (job: BankJob) => Promise<BankOutput> {
  const { framework } = world;
  const look = lookup(framework);
  const render = new TextRenderer(framework.files);
  const readFromRoot = (file: string) => readFile(path.join(world.root, ...file.split('/')));
  const timestamp = new Date(world.timestamp);
  return async (job) => {
    const format = formats[job.format];
    const question = (i: number) => framework.questions[i] as Question;
    const partial: Bank = {
      name: job.name,
      title: job.title,
      locale: job.locale,
      render,
      timestamp,
      framework,
      look,
      questions: job.questions.map(question),
      tests: [],
      readFile: readFromRoot,
    };
    const skipped: BankOutput['skipped'] = [];
    const kept = new Set<Question>();
    for (const q of partial.questions) {
      const reason = format.types.has(q.type)
        ? format.reject?.(q, partial)
        : `cannot express ${q.type} questions`;
      if (reason === undefined) kept.add(q);
      else skipped.push({ id: q.id, diagnostic: skippedDiagnostic(q, format.label, reason) });
    }
    const tests: BankTest[] = job.tests
      .map((test) => ({
        id: test.id,
        title: test.title,
        sections: test.sections
          .map((s) => ({ ...s, questions: s.questions.map(question).filter((q) => kept.has(q)) }))
          .filter((s) => s.questions.length > 0),
      }))
      .filter((test) => test.sections.length > 0);
    const bank: Bank = { ...partial, questions: partial.questions.filter((q) => kept.has(q)), tests };
    const data = await format.build(bank);
    // Bytes, not a string: encoded here (on a worker, off the thread that writes) and moved back without a copy.
    return { data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data, skipped };
  };
}
