import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { assemble, fileDiagnostics } from '../model/assemble.js';
import type { Framework } from '../model/types.js';
import { trace } from '../util/trace.js';
import type { StandingWorkers } from '../util/worker-pool.js';
import { ParseCache } from './cache.js';
import { classify, type FileKind } from './classify.js';
import { lessonBodyOf } from './front-matter.js';
import { type ParsedFile, parseFile, versionOf } from './parse-file.js';
import { parseAll } from './parse-pool.js';
import type { ParseJob } from './parse-worker.js';
import type { PrepareBodies } from './prepared-bodies.js';
import type { SourceTree } from './source-tree.js';

export interface LoadOptions {
  /** Folder for the parse cache, or false for none. */
  cacheDir: string | false;
  /** Whether lesson bodies are needed (builds) or only their links (validate): saves re-reading them from cache. */
  bodies?: boolean;
  /** Return the last run's diagnostics when the tree is byte-for-byte the same (validate); no model then. */
  reuseResult?: boolean;
  /** Parsed files by git blob, shared across loads (diff of two refs): a blob an earlier load parsed is not parsed again. */
  blobs?: Map<string, ParsedFile>;
  /** Parse workers kept for the next load (diff of two refs); the caller closes them. */
  workers?: StandingWorkers;
  /**
   * Lessons parsed on workers also have their bodies written for rendering, this way (a build that renders them):
   * each is then parsed once. The caller removes the scratch folder when the build is done.
   */
  prepare?: PrepareBodies;
}

export interface LoadResult {
  /** Undefined when the manifest itself is missing or broken, or when a stored result was reused. */
  framework?: Framework;
  diagnostics: Diagnostic[];
  /** True when `diagnostics` is the stored, complete result of an identical earlier run. */
  reused?: boolean;
  /** Stores the complete diagnostics of this tree for the next run. */
  remember?(diagnostics: readonly Diagnostic[]): Promise<void>;
}

/** The load stage: lists the tree, parses every file once (cached, on all cores) and assembles the model. */
export async function loadFramework(tree: SourceTree, options: LoadOptions): Promise<LoadResult> {
  trace('load start');
  const files = await tree.list();
  trace('listed');
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
  const manifestBytes = await tree.read(manifestPath);
  const manifestFile = parseFile(manifestPath, 'manifest', manifestBytes, []);
  const locales = manifestFile.manifest?.locales ?? [];
  const cache = new ParseCache(tree.label, options.cacheDir);
  // The stored entries are read while the tree is listed and stamped (unless a stored result may make them moot).
  const entries = options.reuseResult ? undefined : cache.loadEntries();
  const diagnostics: Diagnostic[] = [...manifestFile.diagnostics];
  const parsed: ParsedFile[] = [];
  const misses: { index: number; slot: number; blobKey?: string }[] = [];
  const jobs: ParseJob[] = [];
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
  // A git blob an earlier load parsed (diff of two refs) is neither read, hashed nor parsed again.
  const blobKeys = wanted.map(({ path, kind }) => {
    const blob = options.blobs && tree.blobId?.(path);
    return blob ? `${blob}\0${path}\0${kind}\0${locales.join(',')}` : undefined;
  });
  const shares = blobKeys.map((k) => (k ? options.blobs?.get(k) : undefined));
  // A file whose size, times and inode are those of the last run keeps its last key: it is neither read nor hashed.
  const stamps = tree.stamp ? await cache.readStamps(locales) : new Map<string, [string, string]>();
  const stampOf = wanted.map(({ path }) => tree.stamp?.(path));
  const known = wanted.map(({ path }, i) => {
    const stored = stamps.get(path);
    return stored && stampOf[i] !== undefined && stored[0] === stampOf[i] ? stored[1] : undefined;
  });
  // With no stamp of this toolkit's build stored (none is, or they are a former build's, whose entries are stale as
  // well), no file is expected to be a hit: none is read here to be keyed, each is read (and keyed) by the worker
  // that parses it, so parsing starts at once and the bytes never cross threads. `workerReads` gives the path it reads.
  const workerReads = !options.blobs && stamps.size === 0 ? tree.localPath?.bind(tree) : undefined;
  const contents: (Uint8Array | undefined)[] = workerReads
    ? []
    : await readAll(
        tree,
        wanted.map((w) => w.path),
        wanted.map((_, i) => shares[i] ?? known[i]),
      );
  const keys: (string | undefined)[] = wanted.map(({ path, kind }, i) =>
    shares[i]
      ? blobKeys[i]
      : (known[i] ?? (workerReads ? undefined : cache.key(path, kind, contents[i]!, locales))),
  );
  const manifestKey = cache.key(manifestPath, 'manifest', manifestBytes, []);
  const treeKey = () => hashAll([manifestKey, ...(keys as string[]), ...escaping]);
  if (options.reuseResult && !workerReads) {
    const stored = await cache.readResult(treeKey());
    if (stored) return { diagnostics: stored, reused: true };
  }
  await (entries ?? cache.loadEntries());
  for (const [i, { path, kind }] of wanted.entries()) {
    const key = keys[i];
    const blobKey = blobKeys[i];
    const shared = shares[i];
    const hit = shared ?? (key === undefined ? undefined : cache.get(key));
    if (hit && !shared && options.bodies !== false) restoreBody(hit, contents[i] ?? (await tree.read(path)));
    if (hit && blobKey) options.blobs?.set(blobKey, hit);
    parsed.push(hit ?? { path, kind, diagnostics: [], brokenIds: [] });
    if (hit) continue;
    misses.push({ index: i, slot: parsed.length - 1, blobKey });
    if (workerReads)
      jobs.push({ path, kind, file: workerReads(path), weight: Number.parseInt(stampOf[i] ?? '0', 10) });
    else jobs.push({ path, kind, bytes: contents[i] ?? (await tree.read(path)) });
  }
  // The bytes now live only in `jobs`, which parseAll lets go of batch by batch: peak memory stays low.
  contents.length = 0;
  trace('read, parse start');
  const fresh = await parseAll(
    jobs,
    locales,
    undefined,
    options.workers,
    options.prepare,
    options.bodies !== false,
  );
  fresh.forEach(({ parsed: result, key: readKey, stored }, i) => {
    const miss = misses[i]!;
    // A file that could not be read has no key: it is reported, and neither cached nor stamped.
    const key = keys[miss.index] ?? readKey ?? `unread\0${result.path}`;
    keys[miss.index] = key;
    // Without bodies wanted, fresh files came without theirs: the model is the same whichever way it was read.
    if (readKey !== undefined || !workerReads) cache.set(key, result, stored);
    parsed[miss.slot] = result;
    if (miss.blobKey) options.blobs?.set(miss.blobKey, result);
  });
  trace('parsed');
  const newStamps = wanted.flatMap(({ path }, i): [string, [string, string]][] =>
    stampOf[i] === undefined || keys[i]?.startsWith('unread\0')
      ? []
      : [[path, [stampOf[i] as string, keys[i] as string]]],
  );
  if (
    newStamps.length !== stamps.size ||
    newStamps.some(([p, [s, k]]) => stamps.get(p)?.[0] !== s || stamps.get(p)?.[1] !== k)
  )
    await cache.writeStamps(locales, newStamps);
  cache.save();
  trace('cache saved');
  const remember = (all: readonly Diagnostic[]) => cache.writeResult(treeKey(), all);
  diagnostics.push(...fileDiagnostics(parsed));
  const fileSet = new Set(files.filter((f) => !escaping.has(f)));
  if (!manifestFile.manifest) return { diagnostics, remember };
  const framework = assemble(manifestFile.manifest, parsed, fileSet, escaping);
  const digests = new Map(wanted.map(({ path }, i) => [path, keys[i] as string]));
  digests.set(manifestPath, manifestKey);
  framework.digests = digests;
  return { framework, diagnostics, remember };
}

/** Puts back the lesson body a cache entry leaves out, cut from the file's bytes as the parser did. */
function restoreBody(file: ParsedFile, bytes: Uint8Array): void {
  const version = versionOf(file);
  const body = version && lessonBodyOf(bytes, file.path);
  if (version && body !== undefined) version.body = body;
}

/** Reads many files (but those marked in `skip`) with a bounded number in flight: one at a time leaves the disk idle. */
async function readAll(
  tree: SourceTree,
  paths: string[],
  skip: readonly unknown[] = [],
  inFlight = 64,
): Promise<(Uint8Array | undefined)[]> {
  const out: (Uint8Array | undefined)[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      out[i] = skip[i] ? undefined : await tree.read(paths[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, worker));
  return out;
}

function hashAll(parts: Iterable<string>): string {
  const h = createHash('sha1');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
}
