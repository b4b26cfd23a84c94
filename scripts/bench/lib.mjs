// Timing helpers for the benchmark: whole processes, median of runs, wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../bin/curriculum.js', import.meta.url));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs `cmd args` once; returns wall ms and peak RSS in MB (GNU time), throwing on a non-zero exit unless allowed. */
export function runOnce(cmd, args, { cwd, env, allowFail = false } = {}) {
  const full = gnuTime ? [gnuTime, ['-f', '__PEAK__ %M', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = /__PEAK__ (\d+)/.exec(r.stderr ?? '')?.[1];
  if (r.status !== 0 && !allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stderr ?? '').slice(-2000)}`);
  }
  return { ms, peakMB: peak ? Number(peak) / 1024 : NaN, status: r.status, stdout: r.stdout };
}

/**
 * Median of `runs` runs (a `before` hook runs ahead of each, untimed). Each starts on a quiet disk: what earlier steps
 * wrote is flushed first (untimed), so no run pays for another's writes.
 */
export function timeRuns(cmd, args, { runs = 3, before, ...options } = {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    spawnSync('sync');
    results.push(runOnce(cmd, args, options));
  }
  results.sort((a, b) => a.ms - b.ms);
  const mid = results[Math.floor(results.length / 2)];
  return { ms: mid.ms, peakMB: Math.max(...results.map((r) => r.peakMB)) };
}

/** Times the curriculum CLI. */
export function timeCli(args, options) {
  return timeRuns(process.execPath, [bin, ...args], options);
}

const rows = [];

/** Prints one line of the report and keeps it for the summary. */
export function report(name, result, note = '') {
  const line = `${name.padEnd(58)} ${(result.ms / 1000).toFixed(2).padStart(7)} s ${Number.isNaN(result.peakMB) ? '' : `${result.peakMB.toFixed(0).padStart(5)} MB`} ${note}`;
  rows.push(line);
  console.log(line);
}

/** Prints a ratio against a target: `ok` or `MISSED`. */
export function ratio(name, value, target) {
  const line = `${name.padEnd(58)} ${value.toFixed(2).padStart(7)} × (target ≤ ${target}) ${value <= target ? 'ok' : 'MISSED'}`;
  rows.push(line);
  console.log(line);
}

/** Prints a figure against an absolute target. */
export function check(name, value, unit, target) {
  const line = `${name.padEnd(58)} ${value.toFixed(2).padStart(7)} ${unit} (target ≤ ${target} ${unit}) ${value <= target ? 'ok' : 'MISSED'}`;
  rows.push(line);
  console.log(line);
}

export function allRows() {
  return rows;
}
