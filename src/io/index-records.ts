// One article as its index record holds it: the Article, its file's path relative to the index
// file's folder (so that an index moved with its corpus, or read from another working directory,
// still names the right file).
//
// In an index file (format version 4) a record is laid out for the check, which reads some forty
// candidate articles per document and finds reuse in one or none of them: the text that matching
// reads stands as UTF-16 units, decoded by a copy, and the rest of the article is a small JSON.
// Little-endian:
//   u32 CRC-32 of the bytes after it · u32 JSON bytes · u32 text units · u32 raw bytes (0: the raw
//   text is the text, as in any plain-text file) · the article as UTF-8 JSON, doc.text and doc.raw
//   empty · doc.text as UTF-16LE · when doc.raw differs, what sets it apart from the text
//   (raw-apart.ts), zlib-compressed. Version 3 (still read) compressed doc.raw itself as UTF-16LE.
// On a server (index server) a record is the Article as zlib-compressed JSON (toRecord).
import path from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import type { Article } from '../core/match/types.js';
import { PLAIN_PATH } from './plain-path.js';
import { IndexFileError } from './index-file-error.js';
import { rawApart, rawFromApart } from './raw-apart.js';
import { INDEX_FORMAT_VERSION } from '../core/match/archive-format.js';

export type StoredArticle = Article;

/** The compressed JSON record of an article read from `cwd`, for an index server whose paths are relative to `dir`. */
export function toRecord(article: Article, dir: string, cwd: string): Uint8Array {
  return serverRecord(storedOf(article, dir, cwd));
}

/** The server's record of an article whose paths are already stored relative to the server's folder. */
export function serverRecord(stored: StoredArticle): Uint8Array {
  // level 1: half the time of level 6 for records 4 % larger (a 100k-article build spent a fifth of its time here)
  return deflateSync(JSON.stringify(stored), { level: 1 });
}

/** The article of a decoded record, its path shown relative to `cwd`. */
export function fromStored(stored: StoredArticle, dir: string, cwd: string): Article {
  // the path set in place, not the doc spread into a new one: a spread reads (inflates) a raw text
  // kept deflated until asked for (fromFileRecord)
  stored.doc.path = shownPath(stored.doc.path, dir, cwd);
  return stored;
}

/**
 * A stored path (relative to `dir`) as relative to `cwd`. A plain one under a folder at or below
 * `cwd` is that folder's path and itself joined: what path.relative would make of it, without
 * resolving both paths again for each of the articles a check fetches (a tenth of a fetch).
 */
function shownPath(stored: string, dir: string, cwd: string): string {
  if (dir !== shown.dir || cwd !== shown.cwd) shown = { dir, cwd, under: underCwd(dir, cwd) };
  if (shown.under !== undefined && PLAIN_PATH.test(stored)) return shown.under === '' ? stored : `${shown.under}/${stored}`;
  return slashes(path.relative(cwd, path.resolve(dir, stored)));
}

let shown: { dir: string; cwd: string; under: string | undefined } = { dir: '', cwd: '', under: undefined };

/** `dir` relative to `cwd` when it is `cwd` ('') or below it, on a system whose separator is '/'; undefined otherwise. */
function underCwd(dir: string, cwd: string): string | undefined {
  if (path.sep !== '/') return undefined;
  const under = path.relative(cwd, path.resolve(dir));
  return under === '..' || under.startsWith('../') || path.isAbsolute(under) ? undefined : under;
}

const HEAD = 16;

/**
 * An article's record in an index file in `dir`, the article read from `cwd` (layout above);
 * `file`: its path as stored (relative to `dir`, '/'-separated), when the caller knows it.
 */
export function toFileRecord(article: Article, dir: string, cwd: string, file?: string): Uint8Array {
  const into = { bytes: Buffer.alloc(0), length: 0 };
  appendFileRecord(article, dir, cwd, into, file);
  return into.bytes.subarray(0, into.length);
}

/** Bytes written one after another into `bytes`, of which the first `length` are used; grown (replaced) as needed. */
export interface ByteRun {
  bytes: Buffer;
  length: number;
}

/**
 * toFileRecord written at the end of `into`: the JSON and the text encoded in place, no buffer
 * of each to copy and throw away (an index build makes one record an article).
 */
export function appendFileRecord(article: Article, dir: string, cwd: string, into: ByteRun, file?: string): void {
  const stored = storedOf(article, dir, cwd, file);
  const { raw, text } = stored.doc;
  // raw and text kept as keys (empty) so that the decoded article's keys stand in their order
  const json = JSON.stringify({ ...stored, doc: { ...stored.doc, raw: '', text: '' } });
  const jsonBytes = Buffer.byteLength(json, 'utf8');
  const rawBytes = raw === text ? new Uint8Array(0) : deflateSync(rawApart(raw, text), { level: 1 });
  const size = HEAD + jsonBytes + 2 * text.length + rawBytes.length;
  const at = into.length;
  if (at + size > into.bytes.length) {
    const bigger = Buffer.allocUnsafeSlow(Math.max(at + size, 2 * into.bytes.length));
    into.bytes.copy(bigger, 0, 0, at);
    into.bytes = bigger;
  }
  const record = into.bytes.subarray(at, at + size);
  record.writeUInt32LE(jsonBytes, 4);
  record.writeUInt32LE(text.length, 8);
  record.writeUInt32LE(rawBytes.length, 12);
  record.write(json, HEAD, 'utf8');
  record.write(text, HEAD + jsonBytes, 'utf16le');
  record.set(rawBytes, HEAD + jsonBytes + 2 * text.length);
  record.writeUInt32LE(crc32(record.subarray(4)), 0);
  into.length = at + size;
}

/** How the records of an index file are read: the file's format version, and the error a record found damaged as it is read raises. */
export interface RecordReading {
  version: number;
  damaged: () => Error;
}

const THIS_VERSION: RecordReading = { version: INDEX_FORMAT_VERSION, damaged: () => new IndexFileError('an article record of the index does not hold together: build the index again (laiyuan index build)') };

/**
 * The article a file record holds, paths as stored; undefined when the record does not hold
 * together. `checked`: its CRC-32 held when these bytes were read before, and is not worked out again.
 */
export function fromFileRecord(bytes: Uint8Array, checked = false, reading: RecordReading = THIS_VERSION): StoredArticle | undefined {
  const layout = checkedLayout(bytes, checked);
  if (!layout) return undefined;
  const { record } = layout;
  try {
    const article = JSON.parse(record.toString('utf8', HEAD, layout.textAt)) as StoredArticle;
    const text = record.toString('utf16le', layout.textAt, layout.rawAt);
    article.doc.text = text;
    if (layout.rawAt === record.length) article.doc.raw = text;
    else rawWhenRead(article.doc, record.subarray(layout.rawAt), reading);
    return article;
  } catch {
    return undefined;
  }
}

/**
 * Makes doc.raw (the page as written, stored deflated after the text) inflated when first read,
 * not as the record is decoded: a check fetches some 27 candidates a document and reads the raw
 * text of few (a finding's lines, a passage's edges, a field as written: 659 of 27,099 fetched on
 * the 100k bench's 1,000 files), while inflating every one was a tenth of the run. The deflated
 * bytes are copied: the record's buffer is read into again for the next article. The record's
 * CRC-32 held, so only a faulty writer gives bytes that do not inflate to the text's length:
 * `damaged` then makes the error thrown.
 */
function rawWhenRead(doc: StoredArticle['doc'], deflated: Uint8Array, { version, damaged }: RecordReading): void {
  const bytes = new Uint8Array(deflated);
  let raw: string | undefined;
  const inflated = (): string => {
    try {
      const read = version === 3 ? inflateSync(bytes).toString('utf16le') : rawFromApart(inflateSync(bytes), doc.text);
      if (read?.length === doc.text.length) return read;
    } catch {
      // told as the damage below
    }
    throw damaged();
  };
  Object.defineProperty(doc, 'raw', {
    enumerable: true,
    configurable: true,
    get: () => (raw ??= inflated()),
    set: (value: string) => {
      raw = value;
    },
  });
}

/** The text a file record holds (what fingerprints are made from), undefined when it does not hold together. */
export function fileRecordText(bytes: Uint8Array): string | undefined {
  const layout = checkedLayout(bytes);
  return layout?.record.toString('utf16le', layout.textAt, layout.rawAt);
}

/** Whether a file record's lengths add up and its CRC-32 holds, without decoding it. */
export function fileRecordHolds(bytes: Uint8Array): boolean {
  return checkedLayout(bytes) !== undefined;
}

/** Where a file record's text and raw text start, once its lengths add up and its CRC-32 holds (unless `checked` before); undefined otherwise. */
function checkedLayout(bytes: Uint8Array, checked = false): { record: Buffer; textAt: number; rawAt: number } | undefined {
  const record = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (record.length < HEAD) return undefined;
  const textAt = HEAD + record.readUInt32LE(4);
  const rawAt = textAt + 2 * record.readUInt32LE(8);
  if (rawAt + record.readUInt32LE(12) !== record.length) return undefined;
  if (!checked && crc32(record.subarray(4)) !== record.readUInt32LE(0)) return undefined;
  return { record, textAt, rawAt };
}

function storedOf(article: Article, dir: string, cwd: string, file = slashes(path.relative(dir, path.resolve(cwd, article.doc.path)))): StoredArticle {
  return { ...article, doc: { ...article.doc, path: file } };
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** The part of a file record that holds the article's text (and raw text), not its path or metadata: the same article moved to another file gives the same bytes. */
export function fileRecordContent(bytes: Uint8Array): Uint8Array | undefined {
  const layout = checkedLayout(bytes, true);
  return layout && bytes.subarray(layout.textAt);
}

/**
 * A file record's article JSON and the bytes after it (text, raw text), the JSON read alone: what
 * tells a record an earlier laiyuan wrote from this version's of the same article, for the cost
 * of a small JSON parse (no text decoded). Undefined when its lengths do not add up.
 */
export function fileRecordParts(bytes: Uint8Array): { stored: StoredArticle; content: Uint8Array } | undefined {
  const layout = checkedLayout(bytes, true);
  if (!layout) return undefined;
  try {
    return { stored: JSON.parse(layout.record.toString('utf8', HEAD, layout.textAt)) as StoredArticle, content: bytes.subarray(layout.textAt) };
  } catch {
    return undefined;
  }
}
