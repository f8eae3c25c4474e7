// Stage 1 · read — bytes already decoded → Document.
// In: a file's decoded text and its name. Out: a Document (or, for JSON Lines, one per record)
// whose `text` has the same length and offsets as `raw` (markup, front matter and escapes
// blanked), its container fields (front matter, <meta>, JSON keys) with their spans, and
// FileErrors for what cannot be read. positions.ts turns offsets into 1-based lines/columns.
import type { DocFormat, Document, FileError } from './types.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

const EXTENSIONS: Record<string, DocFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The format a path's extension names, or undefined for any other extension. */
export function formatOf(path: string): DocFormat | undefined {
  const m = /\.([^./\\]+)$/.exec(path);
  const ext = m?.[1].toLowerCase();
  return ext !== undefined && Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

const READERS: Record<DocFormat, (text: string, path: string) => { documents: Document[]; errors: FileError[] }> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  jsonl: readJsonl,
};

/** Decoded text to documents; `path` is the path shown to the user. */
export function parseDocuments(
  text: string,
  path: string,
  format: DocFormat,
): { documents: Document[]; errors: FileError[] } {
  return READERS[format](text, path);
}
