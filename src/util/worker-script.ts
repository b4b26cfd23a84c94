/**
 * The URL of a worker thread's script beside the module at `from`. Run from TypeScript sources (vitest), it points
 * at the compiled JavaScript in dist/, since a worker thread cannot load .ts files.
 */
export function workerScript(name: string, from: string): URL {
  const url = new URL(name, from);
  return from.endsWith('.ts') ? new URL(url.href.replace('/src/', '/dist/')) : url;
}
