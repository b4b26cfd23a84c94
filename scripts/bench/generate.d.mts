/** Writes the benchmark's framework into `root` (see generate.mjs) and returns `root`. */
export function generate(
  root: string,
  options?: { variant?: number; competencies?: number },
): Promise<string>;
