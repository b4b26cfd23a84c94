/** A short response identifier for the i-th choice or item: `a`...`z`, then `c27`, `c28`... (SCORM short ids). */
export function letterId(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `c${i + 1}`;
}

/** Drops the one `<p>` that wraps a single-paragraph rendering, for choices and items shown inline. */
export function unwrapParagraph(html: string): string {
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return m?.[1] !== undefined && !m[1].includes('<p>') ? m[1] : html;
}

/**
 * A deterministic shuffle seeded by `seed` (same question, same order in every build). With `differ`, an order
 * equal to the input is rotated by one, so an ordering question never starts solved.
 */
export function seededShuffle<T>(list: readonly T[], seed: string, differ = false): T[] {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (differ && out.length > 1 && out.every((x, i) => x === list[i])) out.push(out.shift() as T);
  return out;
}
