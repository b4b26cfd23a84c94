// How much of a lesson's text search finds it by (kept apart from the index so the workers that write bodies need
// not load the search library).

/** How much of a lesson's text is indexed: enough to find it by what it teaches, small enough for a phone. */
export const indexedChars = 1500;
