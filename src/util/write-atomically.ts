import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `file` beside itself and renames it into place, so a reader never sees half a file. For caches: a write
 * that fails only costs speed next time, so it is swallowed.
 */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, data);
    await rename(temp, file);
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}

/** writeAtomically, done before it returns (a buffer that is to be filled again at once). */
export function writeAtomicallySync(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}
