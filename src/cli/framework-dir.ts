import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** The framework folder: DIR when given, else ./curriculum when it holds curriculum.yaml, else the working folder. */
export function frameworkDir(dir: string | undefined): string {
  const chosen = dir ?? (existsSync(path.join('curriculum', 'curriculum.yaml')) ? 'curriculum' : '.');
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(chosen);
  } catch {
    throw new UsageError(`No such folder: ${chosen}`, 'Pass the folder that holds curriculum.yaml.');
  }
  if (!stat.isDirectory())
    throw new UsageError(
      `Not a folder: ${chosen}`,
      'Pass the folder that holds curriculum.yaml, not a file.',
    );
  return path.resolve(chosen);
}

/** The root as seen from the working folder, with a trailing slash (empty when they are the same). */
export function rootPrefix(root: string): string {
  const rel = path.relative(process.cwd(), root).split(path.sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}
