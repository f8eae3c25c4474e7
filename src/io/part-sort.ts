// One part of an index's postings (the triples whose hash has the same top PART_BITS bits) made
// ready to write: sorted, common fingerprints set aside, each bucket counted and checksummed. The
// parts are independent: a build with worker threads sorts them there, the main thread writes them in order.
import { crc32 } from 'node:zlib';
import { POSTING_WORDS as TRIPLE } from '../core/match/archive-format.js';
import { sortRuns, splitCommon } from '../core/match/posting-sort.js';
import { PART_BITS } from './posting-spill.js';

export interface PartJob {
  kind: 'sort';
  part: number;
  /** The part's triples, run after run (a run in shared memory is read, never changed). */
  runs: Uint32Array[];
  /** Triples from several sources (an update's): put in article order first. */
  mixed: boolean;
  articles: number;
  /** Articles a fingerprint stands in at least to be dropped as common. */
  bar: number;
  bucketBits: number;
}

export interface SortedPart {
  kept: Uint32Array;
  dropped: Uint32Array;
  /** Distinct hashes kept. */
  keys: number;
  /** The first bucket of the part, and each of its buckets' postings and CRC-32 (0 when empty). */
  firstBucket: number;
  counts: Uint32Array;
  sums: Uint32Array;
}

/** Sorts the parts of the postings it is given, giving them back in the same order. */
export type PartSorter = (jobs: Iterator<PartJob>) => AsyncIterable<SortedPart>;

export function sortPart(job: PartJob): SortedPart {
  const sorted = sortRuns(job.runs, 32 - PART_BITS, job.mixed, job.articles);
  const { kept, dropped, keys } = splitCommon(sorted, job.bar);
  const firstBucket = job.part << (job.bucketBits - PART_BITS);
  return { kept, dropped, keys, firstBucket, ...bucketTables(kept, job.bucketBits, firstBucket) };
}

/**
 * Each bucket's postings and CRC-32, of the buckets from `firstBucket` on that a part's kept
 * postings fill. A function apart: in sortPart this loop threw the whole optimised sort (its
 * radix passes inlined) back to the interpreter, to be compiled again on V8's threads, part after
 * part (15 times a worker thread in a 10,000-file build); now only this small loop is.
 */
function bucketTables(kept: Uint32Array, bucketBits: number, firstBucket: number): { counts: Uint32Array; sums: Uint32Array } {
  const counts = new Uint32Array(1 << (bucketBits - PART_BITS));
  const sums = new Uint32Array(counts.length);
  const shift = 32 - bucketBits;
  for (let i = 0; i < kept.length; ) {
    const b = kept[i] >>> shift;
    let j = i;
    while (j < kept.length && kept[j] >>> shift === b) j += TRIPLE;
    counts[b - firstBucket] = (j - i) / TRIPLE;
    sums[b - firstBucket] = crc32(new Uint8Array(kept.buffer, kept.byteOffset + i * 4, (j - i) * 4));
    i = j;
  }
  return { counts, sums };
}

/** The buffers of a part's runs that are not shared, to hand to another thread (shared ones go as they are). */
export function runBuffers(job: PartJob): ArrayBuffer[] {
  return [...new Set(job.runs.map((r) => r.buffer))].filter((b): b is ArrayBuffer => !(b instanceof SharedArrayBuffer));
}

/** The buffers of a sorted part, to hand to another thread. */
export function partBuffers(part: SortedPart): ArrayBuffer[] {
  return [...new Set([part.kept, part.dropped, part.counts, part.sums].map((a) => a.buffer as ArrayBuffer))];
}
