import type { CandidatesFull } from '../core/judge/types.js';
import { MAX_CANDIDATES as CANDIDATES_ALIGNED } from '../core/match/candidates.js';

/**
 * The note for a document whose candidate articles were full (findReuses): the matcher compares a
 * document with CANDIDATES_ALIGNED articles at most, to bound its cost, and the last of them was
 * reused, so a reuse of the others may go unreported.
 */
export function candidatesFullNote(file: string, full: CandidatesFull): string {
  const where = full.record === undefined ? file : `${file} (record ${full.record})`;
  const sharing = CANDIDATES_ALIGNED + full.unaligned;
  // in a JSON Lines file the record is the document: it is the record that holds too many articles
  const split = full.record === undefined ? 'split the file (one article a file)' : 'split the record (one article a record)';
  return `${where}: ${sharing} articles of pack '${full.pack}' share text with it, more than the ${CANDIDATES_ALIGNED} a document is compared with; the ${CANDIDATES_ALIGNED} sharing the most were compared, the last of them reused too, so a reuse of the other ${full.unaligned} may go unreported; ${split} to check them all`;
}
