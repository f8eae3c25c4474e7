import type { Pack } from '../core/config/types.js';
import type { Document } from '../core/read/types.js';
import type { Metadata } from '../core/metadata/types.js';
import { bodyStart } from '../core/metadata/body.js';
import { documentLines, lineHolding } from '../core/shared/lines.js';
import { oncePer } from '../core/shared/once-per.js';
import type { RuleContext } from '../core/judge/rule.js';
import type { SourceClaim } from '../core/metadata/types.js';
import { inField } from '../core/judge/attribution.js';

/** Whether a credit line (not a field: front matter and <meta> have no place in the text) stands below the top the pack asks for. */
export function belowTop(context: Pick<RuleContext, 'document' | 'metadata' | 'subject'>, claim: SourceClaim): boolean {
  const attribution = context.subject.pack.attribution;
  if (attribution?.position !== 'top' || inField(claim)) return false;
  return !creditAtTop(context.document, context.metadata, claim.line.span.start, attribution);
}

/**
 * Whether a credit starting at `offset` stands at the top, as the pack means it: before the
 * article's body text begins (under the headline and byline), however long the lines are. A
 * text with no recognisable body (no line of prose) falls back to a bound: its first `topChars`
 * visible characters, or, for an older pack that gives only `topLines`, that many lines with text.
 * Each bound is found once per document, not read from the text's start for each credit (a page
 * of thousands of 来源 lines and no body).
 */
export function creditAtTop(doc: Pick<Document, 'format' | 'raw' | 'text'>, metadata: Metadata, offset: number, attribution: NonNullable<Pack['attribution']>): boolean {
  const body = bodyStart(doc, metadata);
  if (body !== undefined) return offset < body;
  if (attribution.topChars !== undefined) return offset < visibleBound(doc, attribution.topChars);
  return visibleLineNumber(doc, offset) <= attribution.topLines;
}

/**
 * The offset before which a credit has at most `chars` visible characters above it: where the
 * next one after them ends (Infinity when the text has no more), found once per document and bound.
 */
function visibleBound(doc: { readonly text: string }, chars: number): number {
  const bounds = boundsOf(doc);
  let bound = bounds.get(chars);
  if (bound === undefined) bounds.set(chars, (bound = nthVisibleEnd(doc.text, chars + 1)));
  return bound;
}

const boundsOf = oncePer((_doc: { readonly text: string }) => new Map<number, number>());

/** Where the `n`th visible character of `text` ends (a character beyond the BMP counts once), or Infinity. */
function nthVisibleEnd(text: string, n: number): number {
  // a visible character: a letter or a digit, of any script
  const visible = /[\p{L}\p{N}]/gu;
  let seen = 0;
  for (let m = visible.exec(text); m; m = visible.exec(text)) if (++seen >= n) return m.index + m[0].length;
  return Infinity;
}

/** 1-based number of the line holding `offset`, counting only lines with visible text. */
function visibleLineNumber(doc: { readonly text: string }, offset: number): number {
  const line = lineHolding(documentLines(doc), offset);
  return Math.max(1, linesWithTextTo(doc)[line.number]);
}

/** For each line of a document, how many lines with text there are up to it and with it: once per document. */
const linesWithTextTo = oncePer((doc: { readonly text: string }): Int32Array => {
  const lines = documentLines(doc);
  const counts = new Int32Array(lines.length);
  let n = 0;
  for (const line of lines) counts[line.number] = n += doc.text.slice(line.start, line.end).trim() !== '' ? 1 : 0;
  return counts;
});
