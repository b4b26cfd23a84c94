/**
 * Latin-1 and Latin Extended-A/B letters (but × and ÷), combining diacritical marks and Latin Extended Additional
 * (ạ…ỹ): the letters Vietnamese and most Latin-script languages are written in, all of them `\p{L}` or `\p{M}`.
 * Text scanners check these by range before asking a Unicode-property pattern.
 */
export function isLatinLetterOrMark(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}
