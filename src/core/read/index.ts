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

export { formatOf } from './format-of.js';

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
