// With CURRICULUM_TRACE set, each phase of a command says on stderr when it ended (seconds since the process
// started): where a large framework's build spends its time, without a profiler.
const tracing = Boolean(process.env.CURRICULUM_TRACE);

/** Notes on stderr that a phase ended, when tracing. */
export function trace(phase: string): void {
  if (tracing) process.stderr.write(`[trace] ${(performance.now() / 1000).toFixed(2)} s ${phase}\n`);
}
