import { formatOf, parseDocuments } from '../core/read/index.js';
import { loadParsersFor } from '../core/read/parsers.js';
import type { Decoded, DocFormat, Document, FileError } from '../core/read/types.js';
import { decode, decodeJsonLines, type NulLine } from './decode.js';
import { encodingTrouble } from './encoding-trouble.js';
import { errorCode, RefusedFile } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { failedPath } from './trouble-words.js';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { jsonlPieces, type JsonlPiece } from './jsonl-pieces.js';
import { DEFAULT_MAX_FILE_BYTES, LOST_BREAKS, megabytes, readRegularFile, readRegularFileSync, tooBig } from './safe-read.js';
import { sha256 } from './sha256.js';

export type ReadOutcome =
  /** `sha256`: of the bytes the documents were read from, for evidence of what was checked ('' when read `unhashed`). */
  /** `warnings`: what was read with loss but checked (a few bytes not valid in the file's encoding). */
  | { ok: true; decoded: Omit<Decoded, 'text'>; documents: Document[]; errors: FileError[]; warnings: FileError[]; sha256: string }
  | { ok: false; skipped: 'binary' | 'too-big' | 'unreadable' | 'unknown-format' | 'mixed-encoding'; error: FileError };

/** Formats laiyuan cannot read although they hold text: they are skipped with a word on what to do. */
const FOREIGN = new Set(['pdf', 'doc', 'docx', 'wps', 'rtf', 'odt', 'pages', 'epub', 'xls', 'xlsx', 'ppt', 'pptx']);

/** A file's bytes read before (by corpusDigests, for the --cache key) and their SHA-256: not read nor hashed again. */
export interface ReadBefore {
  bytes: Uint8Array;
  sha256: string;
}

/** What reads a file's bytes on this thread, as readRegularFileSync does (a caller may time it). */
export type SyncRead = (file: string, maxBytes: number) => Buffer;

/** Reads a file into documents; a file that cannot be read is an outcome, never a throw. */
export async function readDocuments(
  file: string,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  if (!isRecords(file, options)) return await readWhole(file, options);
  const pieces: ReadOutcome[] = [];
  for await (const piece of readPieces(file, options)) pieces.push(piece);
  return pieces.length > 0 ? joined(pieces) : await readWhole(file, options);
}

/**
 * How readDocuments reads a file. `sync`: the bytes read on this thread (readRegularFileSync, or the
 * function given), not on the thread pool. `unhashed`: no SHA-256 worked out (sha256 ''), for a
 * caller that keeps none (an index build: 3 % of its CPU). `records`: a JSON Lines file is records,
 * not one document: `maxBytes` holds each record (line), not the file, read a piece of lines at a
 * time when it is bigger (a corpus). `tooBig`: what to do about a file over `maxBytes`, when
 * --max-file-size is not what the command reads it by.
 */
export interface ReadOptions {
  displayPath?: string;
  format?: DocFormat;
  maxBytes?: number;
  before?: ReadBefore;
  sync?: boolean | SyncRead;
  unhashed?: boolean;
  records?: boolean;
  tooBig?: string;
  /** What to do about a JSON Lines record over `maxBytes` (default: raise --max-file-size). */
  recordTooBig?: string;
}

/**
 * readDocuments a piece at a time: a JSON Lines file read `records` and bigger than `maxBytes` gives
 * the documents of each piece of its lines (numbered as in the file) as they are read, so that a
 * caller that is done with them (an index build) holds no more than a piece; any other file gives
 * one outcome, all of it.
 */
export async function* readPieces(file: string, options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const size = isRecords(file, options) && options.before === undefined ? sizeOf(file) : undefined;
  if (size === undefined || size <= maxBytes) {
    yield await readWhole(file, options);
    return;
  }
  const display = options.displayPath ?? file;
  const hash = options.unhashed ? undefined : createHash('sha256');
  let first = true;
  const pieces = jsonlPieces(file, maxBytes, hash);
  for (let next = nextPiece(pieces, display); !next.done; next = nextPiece(pieces, display)) {
    const piece = next.value;
    if ('ok' in piece) return yield piece;
    const read = 'tooLong' in piece ? recordTooBig(display, piece.tooLong, maxBytes, options.recordTooBig) : await readBytes(piece.bytes, display, 'jsonl', '');
    // a file that opens binary is passed over as one, as when read whole
    if (!read.ok && read.skipped === 'binary' && first) return yield read;
    first = false;
    yield 'tooLong' in piece ? read : shifted(read, piece.firstLine);
  }
  if (hash) yield { ok: true, decoded: { encoding: 'utf-8', bom: false, eol: 'none' }, documents: [], errors: [], warnings: [], sha256: hash.digest('hex') };
}

/** The next piece, or what stopped the reading (the file gone, not readable) as an outcome. */
function nextPiece(pieces: Generator<JsonlPiece>, display: string): IteratorResult<JsonlPiece | ReadOutcome, undefined> {
  try {
    return pieces.next() as IteratorResult<JsonlPiece, undefined>;
  } catch (e) {
    return { done: false, value: { ok: false, skipped: 'unreadable', error: { file: display, message: readErrorMessage(e) } } };
  }
}

function isRecords(file: string, options: ReadOptions): boolean {
  return options.records === true && (options.format ?? formatOf(file)) === 'jsonl';
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** A piece's outcome with its lines numbered as in the file. */
function shifted(read: ReadOutcome, firstLine: number): ReadOutcome {
  // a piece in two encodings is those lines' error, not the whole file's
  const shift = ({ wholeFile: _, ...e }: FileError): FileError => ({ ...e, line: (e.line ?? 1) + firstLine });
  if (!read.ok) return { ...read, skipped: 'unreadable', error: shift(read.error) };
  for (const doc of read.documents) doc.lineOffset += firstLine;
  return { ...read, errors: read.errors.map(shift), warnings: read.warnings.map(shift) };
}

function recordTooBig(display: string, line: number, maxBytes: number, advice = `raise --max-file-size to read it ${LOST_BREAKS}`): ReadOutcome {
  const message = `this line is over the ${megabytes(maxBytes)} limit a record is held to: not read; ${advice}`;
  return { ok: false, skipped: 'too-big', error: { file: display, line: line + 1, column: 1, message } };
}

/**
 * A file's pieces as one outcome, joined once (joining them two by two copied the documents read so
 * far at every piece: quadratic in a big export): what went wrong in a piece is one of the file's errors.
 */
function joined(pieces: readonly ReadOutcome[]): ReadOutcome {
  const read = pieces.filter((r) => r.ok);
  const [base] = read;
  if (!base) return pieces[0];
  const hashed = read.filter((r) => r.sha256 !== '');
  return {
    ...base,
    documents: read.flatMap((r) => r.documents),
    errors: pieces.flatMap((r) => (r.ok ? r.errors : [r.error])),
    warnings: read.flatMap((r) => r.warnings),
    sha256: hashed.length > 0 ? hashed[hashed.length - 1].sha256 : base.sha256,
  };
}

async function readWhole(file: string, options: ReadOptions): Promise<ReadOutcome> {
  const display = options.displayPath ?? file;
  const ext = /\.([^./\\]+)$/.exec(file)?.[1].toLowerCase();
  if (!options.format && ext !== undefined && FOREIGN.has(ext)) {
    const message = `.${ext} files are not read: save the article as text (.txt), Markdown, HTML or JSON Lines, or leave this file out.`;
    return { ok: false, skipped: 'unknown-format', error: { file: display, message } };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const format = options.format ?? formatOf(file) ?? 'text';
  if (options.before && options.before.bytes.byteLength <= maxBytes) return await readBytes(options.before.bytes, display, format, options.before.sha256);
  let bytes: Buffer;
  try {
    bytes = typeof options.sync === 'function' ? options.sync(file, maxBytes) : options.sync ? readRegularFileSync(file, maxBytes) : await readRegularFile(file, maxBytes);
  } catch (e) {
    const skipped = errorCode(e) === 'EFBIG' ? 'too-big' : 'unreadable';
    const message = skipped === 'too-big' && options.tooBig !== undefined ? tooBig(maxBytes, (e as RefusedFile).size, options.tooBig).message : readErrorMessage(e);
    return { ok: false, skipped, error: { file: display, message } };
  }
  return await readBytes(bytes, display, format, options.unhashed ? '' : undefined);
}

/** Reads standard input to its end; the format defaults to the one `displayName`'s extension names. */
export async function readStdin(displayName: string, format?: DocFormat, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readStream(process.stdin, maxBytes);
  } catch (e) {
    const skipped = errorCode(e) === 'EFBIG' ? 'too-big' : 'unreadable';
    return { ok: false, skipped, error: { file: displayName, message: readErrorMessage(e) } };
  }
  return await readBytes(bytes, displayName, format ?? formatOf(displayName) ?? 'text');
}

/** A stream's bytes, to its end; past `maxBytes` it throws RefusedFile (standard input may never end). */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += bytes.length;
    if (total > maxBytes) throw tooBig(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Bytes already read, to documents; `hash`: their SHA-256 when it is known ('' when none is wanted). */
export async function readBytes(bytes: Uint8Array, display: string, format: DocFormat, hash?: string): Promise<ReadOutcome> {
  // a JSON Lines file is records, not an image: a line with a NUL is that line's error
  const decoded: (Decoded & { nulLines?: NulLine[] }) | { binary: true } = format === 'jsonl' ? decodeJsonLines(bytes) : decode(bytes);
  if ('binary' in decoded) {
    const message =
      'looks like a binary file (NUL or control bytes), not text: skipped. If it is an article, save it as UTF-8 text; otherwise leave it out (.laiyuanignore).';
    return { ok: false, skipped: 'binary', error: { file: display, message } };
  }
  const trouble = encodingTrouble(bytes, decoded);
  const where = trouble && { file: display, line: trouble.line, column: trouble.column, message: trouble.message };
  if (where && trouble.kind === 'mixed') return { ok: false, skipped: 'mixed-encoding', error: { ...where, wholeFile: true } };
  const { text, encoding, bom, eol } = decoded;
  await loadParsersFor(format, text);
  const { documents, errors } = parseDocuments(text, display, format);
  const nul = nulLineErrors(decoded.nulLines ?? [], display);
  const warnings = where ? [where] : [];
  return { ok: true, decoded: { encoding, bom, eol }, documents, errors: [...nul, ...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), warnings, sha256: hash ?? sha256(bytes) };
}

function nulLineErrors(lines: readonly NulLine[], display: string): FileError[] {
  const message = 'holds a NUL byte, which JSON text never does (binary data in the line?). Each line of a JSON Lines file holds one JSON object: fix this line or remove it.';
  return lines.map(({ line, column }) => ({ file: display, line: line + 1, column, message }));
}

/** What went wrong reading a file, and what to do about it. */
export function readErrorMessage(error: unknown): string {
  if (error instanceof RefusedFile) return error.message;
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'cannot read: no such file or directory. Check the path.';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied. Make the file readable (chmod +r) or leave it out.';
    case 'EISDIR':
      return 'cannot read: this is a folder, not a file. Name a file in it.';
    case 'ELOOP':
      return 'cannot read: too many symbolic links (a link loop?). Fix the link or leave it out.';
    default:
      return `cannot read: ${readTrouble(error, failedPath(error) ?? '.')}.`;
  }
}
