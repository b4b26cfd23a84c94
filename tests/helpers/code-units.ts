/**
 * Puts every UTF-16 code unit in each of the texts `contexts` makes of it, and names those where `agrees` says the
 * fast path and its reference differ (the first few are what a failure shows).
 */
export function disagreementsOnEveryCodeUnit(
  contexts: (ch: string) => string[],
  agrees: (text: string) => boolean,
): string[] {
  const disagreements: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    for (const text of contexts(String.fromCharCode(c)))
      if (!agrees(text)) disagreements.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
  }
  return disagreements.slice(0, 10);
}
