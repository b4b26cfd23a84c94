// The text a lesson is found by in search: the start of its body's text (kept apart from the index so the
// workers that write bodies need not load the search library).

/** How much of a lesson's text is indexed: enough to find it by what it teaches, small enough for a phone. */
export const indexedChars = 1500;

/**
 * The first `indexedChars` characters of a lesson's text (as the renderer gives it, a space for each tag), whitespace
 * collapsed: its words, one space apart, read only as far as that takes.
 */
export function indexedText(tagSpacedText: string): string {
  const words = /\S+/g;
  let text = '';
  for (
    let word = words.exec(tagSpacedText);
    word && text.length <= indexedChars;
    word = words.exec(tagSpacedText)
  )
    text += text === '' ? word[0] : ` ${word[0]}`;
  return text.slice(0, indexedChars);
}
