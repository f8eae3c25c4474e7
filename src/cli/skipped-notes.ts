import type { FileError } from '../core/read/types.js';

/** Corpus files (JSON Lines records) passed over as over --max-file-size: a note each, as check notes a file it skips; the run goes on. */
export function skippedNotes(skipped: readonly FileError[]): string {
  return skipped.map((s) => `laiyuan: note: ${s.file}${s.line ? `:${s.line}` : ''}: ${s.message}\n`).join('');
}
