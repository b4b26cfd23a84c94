import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import yauzl from 'yauzl';
import { runCli } from '../helpers/run-cli.js';

/** The fixture bank: every question type with hostile text, two locales, an image. */
export const bankDir = fileURLToPath(new URL('../fixtures/questions/bank', import.meta.url));

/** The fixture's questions as written, read with the yaml package (not through the toolkit's model). */
export type SourceQuestion = Record<string, unknown> & {
  id: string;
  type: string;
  competency: string;
  level: string;
};
export function sourceQuestions(): SourceQuestion[] {
  return ['data.yaml', 'safety.yaml'].flatMap(
    (f) => parseYaml(readFileSync(path.join(bankDir, 'questions', f), 'utf8')) as SourceQuestion[],
  );
}

/** A text of the source in a locale: plain strings are in the source locale (vi). */
export function inLocale(text: unknown, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const map = text as Record<string, string>;
  return map[locale] ?? map.vi ?? '';
}

/** Builds the fixture into a fresh folder with the real CLI; returns the folder and the run. */
export async function buildBank(args: string[] = [], env: Record<string, string> = {}) {
  const out = mkdtempSync(path.join(tmpdir(), 'curriculum-questions-'));
  const result = await runCli(['build', 'questions', bankDir, '--out', out, '--no-cache', ...args], {
    env: { SOURCE_DATE_EPOCH: '1700000000', ...env },
  });
  return { out, result };
}

/** Every entry of a zip, by path (read with yauzl, an independent reader). */
export function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The shared XSDs (../shared/xsd from the repo root), when this machine has them and xmllint. */
export const xsdDir = fileURLToPath(new URL('../../../shared/xsd', import.meta.url));
export const canValidate = (() => {
  if (!existsSync(xsdDir)) return false;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Validates files against an XSD with xmllint; returns its complaints (empty when all validate). */
export function xmllint(schema: string, files: string[]): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(xsdDir, schema), ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}
