import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { assemble, fileDiagnostics } from '../model/assemble.js';
import type { Framework } from '../model/types.js';
import { ParseCache } from './cache.js';
import { classify, type FileKind } from './classify.js';
import { decodeText } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { type ParsedFile, parseFile } from './parse-file.js';
import { parseAll } from './parse-pool.js';
import type { ParseJob } from './parse-worker.js';
import type { SourceTree } from './source-tree.js';

export interface LoadOptions {
  /** Folder for the parse cache, or false for none. */
  cacheDir: string | false;
}

export interface LoadResult {
  /** Undefined when the manifest itself is missing or broken: nothing else can be checked against it. */
  framework?: Framework;
  diagnostics: Diagnostic[];
}

/** The load stage: lists the tree, parses every file once (cached, on all cores) and assembles the model. */
export async function loadFramework(tree: SourceTree, options: LoadOptions): Promise<LoadResult> {
  const files = await tree.list();
  const manifestPath =
    files.find((f) => f === 'curriculum.yaml') ?? files.find((f) => f === 'curriculum.yml');
  if (!manifestPath) {
    return {
      diagnostics: [
        {
          ruleId: 'manifest',
          severity: 'error',
          file: 'curriculum.yaml',
          message: `No curriculum.yaml in ${tree.label}`,
          hint: 'Point the command at the folder holding curriculum.yaml, or create one with `curriculum init`.',
        },
      ],
    };
  }
  const escaping = await tree.escapingLinks();
  const manifestFile = parseFile(manifestPath, 'manifest', await tree.read(manifestPath), []);
  const locales = manifestFile.manifest?.locales ?? [];
  const cache = await ParseCache.open(tree.label, options.cacheDir);
  const diagnostics: Diagnostic[] = [...manifestFile.diagnostics];
  const parsed: ParsedFile[] = [];
  const misses: { job: ParseJob; key: string; slot: number }[] = [];
  const wanted: { path: string; kind: FileKind }[] = [];
  for (const path of files) {
    if (path === manifestPath) continue;
    const kind = classify(path, locales);
    if (escaping.has(path)) {
      diagnostics.push({
        ruleId: 'link-outside-root',
        severity: 'error',
        file: path,
        message: 'Symbolic link leads outside the framework root',
        hint: 'Copy the file into the framework instead of linking to it.',
      });
      continue;
    }
    if (kind !== 'asset' && kind !== 'ignored') wanted.push({ path, kind });
  }
  const contents = await readAll(
    tree,
    wanted.map((w) => w.path),
  );
  for (const [i, { path, kind }] of wanted.entries()) {
    const bytes = contents[i]!;
    const key = await cache.key(path, kind, bytes, locales);
    const hit = cache.get(key);
    if (hit) restoreBody(hit, bytes);
    parsed.push(hit ?? { path, kind, diagnostics: [], brokenIds: [] });
    if (!hit) misses.push({ job: { path, kind, bytes }, key, slot: parsed.length - 1 });
  }
  const fresh = await parseAll(
    misses.map((m) => m.job),
    locales,
  );
  fresh.forEach((result, i) => {
    const miss = misses[i]!;
    parsed[miss.slot] = result;
    cache.set(miss.key, result);
  });
  await cache.save();
  diagnostics.push(...fileDiagnostics(parsed));
  const fileSet = new Set(files.filter((f) => !escaping.has(f)));
  if (!manifestFile.manifest) return { diagnostics };
  return { framework: assemble(manifestFile.manifest, parsed, fileSet, escaping), diagnostics };
}

/** Puts back the lesson body a cache entry leaves out, cut from the file's bytes as the parser did. */
function restoreBody(file: ParsedFile, bytes: Uint8Array): void {
  const version = file.lesson ? Object.values(file.lesson.versions)[0] : file.translation?.version;
  if (!version) return;
  const decoded = decodeText(bytes, file.path);
  if ('text' in decoded) {
    const split = splitFrontMatter(decoded.text, file.path);
    if ('body' in split) version.body = split.body;
  }
}

/** Reads many files with a bounded number in flight: one at a time leaves the disk idle between reads. */
async function readAll(tree: SourceTree, paths: string[], inFlight = 64): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      out[i] = await tree.read(paths[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, worker));
  return out;
}
