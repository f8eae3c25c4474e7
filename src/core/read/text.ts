import type { Document } from './types.js';

/** A plain text file is one document, read as it stands. */
export function readText(raw: string, path: string): { documents: Document[]; errors: [] } {
  return { documents: [{ path, format: 'text', raw, text: raw, lineOffset: 0, fields: {}, fieldSpans: {} }], errors: [] };
}
