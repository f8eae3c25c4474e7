// A file's format from its name's extension: on its own, so that what only asks which files are
// documents (discovery, the --cache) loads none of the readers.
import type { DocFormat } from './types.js';

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
