import path from 'node:path';

/** Bytes in a unit people read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An output folder as shown to people: relative to the working folder. */
export function shownPath(out: string): string {
  return path.relative(process.cwd(), path.resolve(out)) || '.';
}
