// Apart from index.ts, so that a note naming the cap loads no matcher (a run the cache answers whole).

/** Articles aligned per document at most, best containment first: bounds the cost of a document. */
export const MAX_CANDIDATES = 40;
