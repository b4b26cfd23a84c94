import { execFileSync } from 'node:child_process';

const minimum = Date.UTC(1980, 0, 1, 0, 0, 0);

/** A reproducible build time: SOURCE_DATE_EPOCH when set, else the last commit of the root's repository, clamped to 1980 (the zip epoch). */
export function buildTimestamp(root: string): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  let ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : undefined;
  if (ms === undefined) {
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%ct'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const seconds = Number(out.toString().trim());
      if (Number.isFinite(seconds) && seconds > 0) ms = seconds * 1000;
    } catch {
      // Not a git repository: fall back to the zip epoch.
    }
  }
  return new Date(Math.max(ms ?? minimum, minimum));
}
