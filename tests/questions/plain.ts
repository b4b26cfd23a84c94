/** What a plain-text format makes of a Markdown source: code spans kept as text, tags and emphasis gone. */
export const plain = (s: string): string =>
  s
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<[^>]+>|\*|!\[[^\]]*\]\([^)]*\)/g, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
