// The archive index file (.lyx), as bytes: a header, a section table, and sections whose
// numbers are typed arrays viewed over the file's bytes. Pure layout: no file access, no
// record encoding (records arrive encoded, io/index-records.ts), the checksum function is given. The section table
// says where each section lies: the builder writes the records first (as it reads the corpus)
// and the tables after them.

/**
 * The format version written: part of the public contract (README, CHANGELOG). A reader refuses
 * any other than READ_VERSIONS. Version 3 holds each article record's text as UTF-16 units,
 * decoded by a copy (io/index-records.ts); version 4 its raw text as what sets it apart from the
 * text (io/raw-apart.ts), where 3 compressed the raw text whole: all else is laid out alike.
 */
export const INDEX_FORMAT_VERSION = 4;

/** The format versions read: 3 as well as 4 (an index is not rebuilt for its raw texts' encoding; `index update` writes 4 only, and asks for a rebuild). */
export const READ_VERSIONS: readonly number[] = [3, INDEX_FORMAT_VERSION];

const MAGIC = 'LAIYUANX';
/**
 * Version 2 added files (each article's file, an index into meta.files), lines (each article's
 * line keys, by which boilerplate is counted) and dropped (the postings of common fingerprints,
 * which a later update may take back): what `index update` needs to reuse an index unread.
 */
export const SECTIONS = ['meta', 'articles', 'buckets', 'postings', 'records', 'files', 'lines', 'dropped'] as const;
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
  /** maxFileSize: the --max-file-size (bytes) the corpus was read by; an index of this format written by an earlier laiyuan lacks it. */
  options: { k: number; window: number; boilerplateShare: number; maxFileSize?: number };
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

/** Bucket count by postings: a few hundred postings per bucket, 2^8..2^20 buckets. */
export function bucketBitsFor(postings: number): number {
  return Math.min(20, Math.max(8, Math.ceil(Math.log2(Math.max(1, postings) / 256))));
}

export function bucketOf(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

export function writeHeader(header: Header, checksum: Checksum): Uint8Array {
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
  if (!READ_VERSIONS.includes(version)) return { problem: 'version', version };
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

/** How many articles the header's articles section holds: n + 1 offsets (8 bytes each), n fingerprint counts (4). */
export function headerArticles(header: Header): number {
  return Math.max(0, Math.floor((header.sections.articles.length - 8) / 12));
}

/** The articles section's arrays. */
export function decodeArticles(bytes: Uint8Array, articles: number): { offsets: Float64Array; fingerprints: Uint32Array } {
  const own = aligned(bytes);
  return {
    offsets: new Float64Array(own.buffer, own.byteOffset, articles + 1),
    fingerprints: new Uint32Array(own.buffer, own.byteOffset + (articles + 1) * 8, articles),
  };
}

/** The files section: each article's file, as an index into meta.files. */
export function decodeFiles(bytes: Uint8Array, articles: number): Uint32Array {
  const own = aligned(bytes);
  return new Uint32Array(own.buffer, own.byteOffset, articles);
}

/** The lines section: line keys (Float64), then where each article's start (Uint32, n + 1). */
export function decodeLines(bytes: Uint8Array, articles: number): { keys: Float64Array; starts: Uint32Array } {
  const own = aligned(bytes);
  const keys = (own.byteLength - (articles + 1) * 4) / 8;
  return { keys: new Float64Array(own.buffer, own.byteOffset, keys), starts: new Uint32Array(own.buffer, own.byteOffset + keys * 8, articles + 1) };
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
