// corpus-digests.ts's word for a file that cannot be read, on its own (corpus-digests.ts re-exports
// it): project.ts reads it without loading the --cache code.

/** What a file that cannot be read counts as: reading it (and so the run) may go otherwise once it can. */
export const UNREADABLE = 'unreadable';
