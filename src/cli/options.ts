import { Option } from 'commander';
import { defaultCacheDir } from '../load/cache.js';

/** --format for diagnostics. */
export const diagnosticFormatOption = () =>
  new Option('--format <format>', 'how to print diagnostics')
    .choices(['pretty', 'json', 'sarif', 'github'])
    .default('pretty');

/** --no-cache and --cache-dir, shared by every command that loads a framework. */
export const cacheOptions = () => [
  new Option('--no-cache', 'parse every file again instead of reusing the parse cache'),
  new Option('--cache-dir <dir>', 'where the parse cache lives').default(
    defaultCacheDir(),
    '~/.cache/curriculum-toolkit',
  ),
];

export interface CacheFlags {
  cache: boolean;
  cacheDir: string;
}

export function cacheSetting(flags: CacheFlags): string | false {
  return flags.cache ? flags.cacheDir : false;
}
