// The archive index file (.lyx), as bytes: a header, a section table, and sections whose
// numbers are typed arrays viewed over the file's bytes. Pure layout: no file access, no
// compression (records arrive compressed), the checksum function is given.

/** The format version: part of the public contract (README, CHANGELOG). A reader refuses any other. */
export const INDEX_FORMAT_VERSION = 1;

const MAGIC = 'LAIYUANX';
const SECTIONS = ['meta', 'articles', 'buckets', 'postings', 'records'] as const;
export type SectionName = (typeof SECTIONS)[number];
/** magic 8, version 4, sections 4, file length 8, header checksum 4, reserved 4. */
const FIXED = 32;
/** Per section: offset 8, length 8, checksum 4, reserved 4. */
const ENTRY = 24;
export const HEADER_BYTES = FIXED + SECTIONS.length * ENTRY;
/** Words per posting in the postings section: hash, article, position. */
export const POSTING_WORDS = 3;

export type Checksum = (bytes: Uint8Array) => number;

export interface Section {
  offset: number;
  length: number;
  checksum: number;
}

export interface Header {
  version: number;
  fileLength: number;
  sections: Record<SectionName, Section>;
}

/** What the index says about itself: how it was built and what its boilerplate is. */
export interface IndexMeta {
  pack: string;
  /** Normalisation and fingerprinting scheme: an index of another scheme finds other fingerprints. */
  scheme: number;
  options: { k: number; window: number; boilerplateShare: number };
  /** The normalised notice, masked on both sides. */
  notice: string;
  boilerplateLines: string[];
  articles: number;
  postings: number;
  keys: number;
  /** Fingerprints left out because they stand in too many articles. */
  droppedFingerprints: number;
  bucketBits: number;
  laiyuan: string;
  /** Corpus files the articles came from, relative to the index file's folder, sorted. */
  files: string[];
}

/** A sorted inverted index as the builder holds it (CorpusIndex's arrays). */
export interface PostingArrays {
  keys: Uint32Array;
  starts: Uint32Array;
  postArticle: Uint32Array;
  postPosition: Uint32Array;
}

/** Bucket count by postings: a few hundred postings per bucket, 2^8..2^20 buckets. */
export function bucketBitsFor(postings: number): number {
  return Math.min(20, Math.max(8, Math.ceil(Math.log2(Math.max(1, postings) / 256))));
}

export function bucketOf(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/**
 * The whole file as chunks to write one after another: header, then sections padded to 8 bytes
 * so that every typed array can be viewed where it lies.
 */
export function encodeIndex(meta: IndexMeta, index: PostingArrays, fingerprints: Uint32Array, records: readonly Uint8Array[], checksum: Checksum): Uint8Array[] {
  const bodies: Record<SectionName, Uint8Array[]> = {
    meta: [new TextEncoder().encode(JSON.stringify(meta))],
    articles: articleSection(records, fingerprints),
    ...postingSections(index, meta.bucketBits, checksum),
    records: [...records],
  };
  const chunks: Uint8Array[] = [];
  const sections = {} as Record<SectionName, Section>;
  let offset = HEADER_BYTES;
  for (const name of SECTIONS) {
    offset = align8(offset);
    const bytes = bodies[name];
    const length = bytes.reduce((n, b) => n + b.byteLength, 0);
    // the records section is not checksummed as a whole: each record carries zlib's own check
    const sum = name === 'records' ? 0 : checksum(concat(bytes));
    sections[name] = { offset, length, checksum: sum };
    offset += length;
  }
  const header = writeHeader({ version: INDEX_FORMAT_VERSION, fileLength: offset, sections }, checksum);
  chunks.push(header);
  let at = HEADER_BYTES;
  for (const name of SECTIONS) {
    const pad = sections[name].offset - at;
    if (pad > 0) chunks.push(new Uint8Array(pad));
    chunks.push(...bodies[name]);
    at = sections[name].offset + sections[name].length;
  }
  return chunks;
}

/** Record offsets (Float64, n + 1) then fingerprint counts (Uint32, n). */
function articleSection(records: readonly Uint8Array[], fingerprints: Uint32Array): Uint8Array[] {
  const offsets = new Float64Array(records.length + 1);
  for (let i = 0; i < records.length; i++) offsets[i + 1] = offsets[i] + records[i].byteLength;
  return [bytesOf(offsets), bytesOf(fingerprints)];
}

/** Bucket starts (Uint32, 2^bits + 1) and checksums (Uint32, 2^bits); postings as (hash, article, position) triples. */
function postingSections(index: PostingArrays, bits: number, checksum: Checksum): { buckets: Uint8Array[]; postings: Uint8Array[] } {
  const total = index.postArticle.length;
  const triples = new Uint32Array(total * POSTING_WORDS);
  const buckets = 1 << bits;
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < index.keys.length; i++) {
    const hash = index.keys[i];
    starts[bucketOf(hash, bits) + 1] += index.starts[i + 1] - index.starts[i];
    for (let p = index.starts[i]; p < index.starts[i + 1]; p++) {
      triples[p * POSTING_WORDS] = hash;
      triples[p * POSTING_WORDS + 1] = index.postArticle[p];
      triples[p * POSTING_WORDS + 2] = index.postPosition[p];
    }
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const sums = new Uint32Array(buckets);
  const bytes = bytesOf(triples);
  const width = POSTING_WORDS * 4;
  for (let b = 0; b < buckets; b++) sums[b] = checksum(bytes.subarray(starts[b] * width, starts[b + 1] * width));
  return { buckets: [bytesOf(starts), bytesOf(sums)], postings: [bytes] };
}

function writeHeader(header: Header, checksum: Checksum): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, header.version, true);
  view.setUint32(12, SECTIONS.length, true);
  view.setFloat64(16, header.fileLength, true);
  SECTIONS.forEach((name, i) => {
    const s = header.sections[name];
    const at = FIXED + i * ENTRY;
    view.setFloat64(at, s.offset, true);
    view.setFloat64(at + 8, s.length, true);
    view.setUint32(at + 16, s.checksum, true);
  });
  view.setUint32(24, checksum(bytes), true);
  return bytes;
}

export type HeaderProblem = 'foreign' | 'version' | 'corrupt';

/** The header of an index file, or what is wrong with it. */
export function readHeader(bytes: Uint8Array, checksum: Checksum): Header | { problem: HeaderProblem; version?: number } {
  if (bytes.byteLength < FIXED || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return { problem: 'foreign' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== INDEX_FORMAT_VERSION) return { problem: 'version', version };
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(12, true) !== SECTIONS.length) return { problem: 'corrupt' };
  const copy = bytes.slice(0, HEADER_BYTES);
  new DataView(copy.buffer).setUint32(24, 0, true);
  if (checksum(copy) !== view.getUint32(24, true)) return { problem: 'corrupt' };
  const sections = {} as Record<SectionName, Section>;
  SECTIONS.forEach((name, i) => {
    const at = FIXED + i * ENTRY;
    sections[name] = { offset: view.getFloat64(at, true), length: view.getFloat64(at + 8, true), checksum: view.getUint32(at + 16, true) };
  });
  return { version, fileLength: view.getFloat64(16, true), sections };
}

export function decodeMeta(bytes: Uint8Array): IndexMeta {
  return JSON.parse(new TextDecoder().decode(bytes)) as IndexMeta;
}

/** The articles section's arrays. */
export function decodeArticles(bytes: Uint8Array, articles: number): { offsets: Float64Array; fingerprints: Uint32Array } {
  const own = aligned(bytes);
  return {
    offsets: new Float64Array(own.buffer, own.byteOffset, articles + 1),
    fingerprints: new Uint32Array(own.buffer, own.byteOffset + (articles + 1) * 8, articles),
  };
}

/** The buckets section's arrays. */
export function decodeBuckets(bytes: Uint8Array, bits: number): { starts: Uint32Array; checksums: Uint32Array } {
  const own = aligned(bytes);
  const n = 1 << bits;
  return { starts: new Uint32Array(own.buffer, own.byteOffset, n + 1), checksums: new Uint32Array(own.buffer, own.byteOffset + (n + 1) * 4, n) };
}

/** A bucket's postings as a Uint32Array of triples. */
export function postingWords(bytes: Uint8Array): Uint32Array {
  const own = aligned(bytes);
  return new Uint32Array(own.buffer, own.byteOffset, own.byteLength / 4);
}

/** Bytes whose offset allows an 8-byte typed array view: as they are, or copied once. */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
}

function bytesOf(array: Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
