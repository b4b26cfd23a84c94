// The text a lesson is found by in search: the start of its body's text (kept apart from the index so the
// workers that write bodies need not load the search library).

/** How much of a lesson's text is indexed: enough to find it by what it teaches, small enough for a phone. */
export const indexedChars = 1500;

/**
 * The first `indexedChars` characters of a lesson's text (as the renderer gives it, a space for each tag), whitespace
 * collapsed. Only as much is collapsed as that takes.
 */
export function indexedText(tagSpacedText: string): string {
  for (let end = indexedChars * 2; ; end *= 2) {
    const text = tagSpacedText.slice(0, end).replace(/\s+/g, ' ').trimStart();
    if (end >= tagSpacedText.length) return text.trimEnd().slice(0, indexedChars);
    if (text.length > indexedChars) return text.slice(0, indexedChars);
  }
}
