import type { Pack } from '../core/config/types.js';
import type { Document } from '../core/read/types.js';
import type { Metadata } from '../core/metadata/types.js';
import { bodyStart } from '../core/metadata/body.js';
import { visibleLineNumber } from './fixes.js';

/**
 * Whether a credit starting at `offset` stands at the top, as the pack means it: before the
 * article's body text begins (under the headline and byline), however long the lines are. A
 * text with no recognisable body (no line of prose) falls back to a bound: its first `topChars`
 * visible characters, or, for an older pack that gives only `topLines`, that many lines with text.
 */
export function creditAtTop(doc: Pick<Document, 'format' | 'raw' | 'text'>, metadata: Metadata, offset: number, attribution: NonNullable<Pack['attribution']>): boolean {
  const { text } = doc;
  const body = bodyStart(doc, metadata);
  if (body !== undefined) return offset < body;
  if (attribution.topChars !== undefined) return visibleCharsBefore(text, offset) <= attribution.topChars;
  return visibleLineNumber(text, offset) <= attribution.topLines;
}

function visibleCharsBefore(text: string, offset: number): number {
  let n = 0;
  for (const c of text.slice(0, offset)) if (/[\p{L}\p{N}]/u.test(c)) n++;
  return n;
}
