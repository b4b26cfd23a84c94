import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeAtomically } from '../../../util/write-atomically.js';

/**
 * The site's on-disk render cache: rendered lesson bodies and questions keyed by a hash of everything that makes
 * them (content, page, link targets, the renderer's own code), so one lesson changed re-renders one lesson.
 */
export class RenderCache {
  private entries = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private changed = false;

  private constructor(private readonly file: string | undefined) {}

  /** Opens the cache for framework `root` under `dir` (false: no cache, everything renders). */
  static async open(root: string, dir: string | false): Promise<RenderCache> {
    if (dir === false) return new RenderCache(undefined);
    const name = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16);
    const cache = new RenderCache(path.join(dir, `site-${name}.bin`));
    try {
      const stored = deserialize(await readFile(cache.file as string)) as {
        build: string;
        entries: [string, string][];
      };
      if (stored.build === (await rendererId())) cache.entries = new Map(stored.entries);
    } catch {
      // No cache yet, or one from another toolkit build: start empty.
    }
    return cache;
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: string): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /** Keeps only the entries this build used; written beside and renamed, so a crash never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.entries.size)) return;
    await writeAtomically(this.file, serialize({ build: await rendererId(), entries: [...this.used] }));
  }
}

/** The hash of a job's inputs, prefixed by the renderer's id. */
export async function jobKey(...parts: string[]): Promise<string> {
  const h = createHash('sha1').update(await rendererId());
  for (const part of parts) h.update('\0').update(part);
  return h.digest('hex');
}

let id: Promise<string> | undefined;

/** A hash of the code that renders (Markdown pipeline, quiz model, link rewriting): a new build never reads old output. */
function rendererId(): Promise<string> {
  id ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const h = createHash('sha1');
    for (const folder of [here, path.join(here, '../../markdown'), path.join(here, '../../quiz')]) {
      const names = (await readdir(folder).catch(() => [] as string[]))
        .filter((n) => /\.[jt]s$/.test(n))
        .sort();
      for (const name of names) h.update(name).update(await readFile(path.join(folder, name)));
    }
    return h.digest('hex');
  })();
  return id;
}
