import { readFileSync } from 'node:fs';

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org); FORCE_COLOR=1 forces it. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

let version: string | undefined;

/** This toolkit's version, from its package.json. */
export function toolVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return version;
}
