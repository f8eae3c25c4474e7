// Stage 2 · metadata — what a document says about itself.
// In: a Document. Out: Metadata — claimed sources (来源:X, 转载自X, 据X报道, front matter
// `source:`, a credit in a JSON Lines or front matter title), 原标题, authors, editors and dates,
// each with its span; headline.ts finds the headline. Nothing here knows about packs, the corpus
// or rules.
import type { Document } from '../read/types.js';
import type { Located, Span } from '../shared/types.js';
import type { Metadata, SourceClaim } from './types.js';
import { findBylines } from './byline.js';
import { isoFromField } from './date-forms.js';
import { findDates } from './dates.js';
import { creditInField } from './field-credit.js';
import { findReportedClaims, isCitationForm } from './reported.js';
import { newScan, scanOf, type Scan } from './scan.js';
import { findSourceClaims } from './sources.js';
import { findOriginalTitle } from './title.js';
import { creditsAcrossBreaks, joinedAcrossTags } from './inline-joins.js';
import { creditsInColumns } from './table-columns.js';
import { titleFieldCredits } from './title-credit.js';
import { visibleText } from '../read/text-builder.js';
import { claimSeen, locatedSeen, seenClaims, seenThrough, withoutZeroWidth } from './zero-width.js';
import { mapped } from '../shared/mapped.js';

/**
 * What a document says about itself: the sources it claims (来源, 转载自, 据X报道, Source:,
 * front matter), its original title (原标题), authors (记者, 作者), editors (责编), and the
 * dates it gives itself, each with its span in `doc.text` (which is also a span in `doc.raw`).
 * Values from front matter, <meta> and JSON Lines fields come first, then the text's in order.
 * Read once per document: judging, matching (where the body begins) and reporting all ask.
 */
export function extractMetadata(doc: Document): Metadata {
  let metadata = read.get(doc);
  if (!metadata) read.set(doc, (metadata = readMetadata(doc)));
  return metadata;
}

const read = new WeakMap<Document, Metadata>();

function readMetadata(doc: Document): Metadata {
  const scan = scanOf(doc.text);
  // header matter is read as it shows (来\u200b源：国际在线), at the text's offsets
  const seen = seenThrough(scan);
  const shown = seen?.scan ?? scan;
  const back = <T extends Located>(found: T): T => (seen ? locatedSeen(seen, found) : found);
  const bylines = findBylines(shown);
  const authors = mapped(bylines.authors, back);
  const title = findOriginalTitle(shown);
  // a date after a credit on its line is read however long the headline before it; a citation (据…报道) is prose
  const creditEnds = textSources(shown).flatMap((c) => (isCitationForm(c.form) ? [] : [c.line.span.end]));
  const dates = mapped(findDates(shown, creditEnds), back);
  const fieldAuthor = located(doc, 'author', doc.fields.author?.trim());
  const fieldDate = located(doc, 'date', doc.fields.date === undefined ? undefined : isoFromField(doc.fields.date));
  return {
    sources: [...fieldSource(doc), ...titleFieldCredits(doc), ...shownSources(doc, scan)],
    originalTitle: title && back(title),
    authors: fieldAuthor && !authors.some((a) => a.value === fieldAuthor.value) ? [fieldAuthor, ...authors] : authors,
    editors: mapped(bylines.editors, back),
    dates: fieldDate ? [fieldDate, ...dates] : dates,
  };
}

/** The text's claimed sources as the page shows them, in order: an HTML credit across a <br> or <dt>/<dd> and a Markdown table's 来源 column among them. */
function shownSources(doc: Document, scan: Scan): SourceClaim[] {
  const claims = mapped(textSources(scan), (claim) => asShown(doc, joinedAcrossTags(doc, scan, claim)));
  const across = [...mapped(creditsAcrossBreaks(doc, scan), (claim) => ({ ...asShown(doc, claim), line: claim.line })), ...creditsInColumns(doc, scan)];
  return across.length === 0 ? claims : [...claims, ...across].sort((a, b) => a.line.span.start - b.line.span.start);
}

/** Claimed sources in the text alone, in order: for callers that hold no Document. Read once a scan (metadata, then markers, ask). */
export function textSources(scan: Scan): readonly SourceClaim[] {
  let claims = sourcesOf.get(scan);
  if (!claims) {
    const seen = seenThrough(scan);
    claims = seen
      ? textSources(seen.scan).map((claim) => claimSeen(seen, claim))
      : [...findSourceClaims(scan), ...findReportedClaims(scan)].sort((a, b) => a.line.span.start - b.line.span.start);
    sourcesOf.set(scan, claims);
  }
  return claims;
}

const sourcesOf = new WeakMap<Scan, readonly SourceClaim[]>();

/**
 * The credit that opens a stretch of a line (来源：澎湃新闻 in 第三方版权 来源：澎湃新闻, read from
 * `from` to the line's end `to`), read as the same credit on a line of its own would be and worded
 * as the page shows it, its spans in `doc.text`: for a credit after words that are no header matter
 * here, which only a pack reads as a credit's lead (its third-party marks).
 */
export function creditAt(doc: Document, from: number, to: number): SourceClaim | undefined {
  if (from >= to) return undefined;
  const claim = seenClaims(newScan(doc.text.slice(from, to))).find((c) => c.line.span.start === 0);
  if (!claim) return undefined;
  const shift = (span: Span): Span => ({ start: span.start + from, end: span.end + from });
  return asShown(doc, { ...claim, span: shift(claim.span), line: { ...claim.line, span: shift(claim.line.span) } });
}

/** A claim's words as the page shows them (HTML: 来源：<a …>新华网</a> reads 来源：新华网, a table row's <td>来源</td><td>新华网</td> 来源 新华网, 来\u200b源 reads 来源); its spans stay those of the file. */
function asShown(doc: Document, claim: SourceClaim): SourceClaim {
  const shown = (span: Span, cellsApart = false) => withoutZeroWidth(visibleText(doc.raw, doc.text, span, cellsApart));
  return { ...claim, value: shown(claim.span), line: { ...claim.line, value: rowWritten(doc, claim.line.span) ?? shown(claim.line.span, doc.format === 'html') } };
}

/**
 * A credit across a Markdown table row's cells as the file writes it, the bars between them kept
 * (来源 | 国际在线): the text blanks them, and 「来源 国际在线」 is no text the file holds.
 */
function rowWritten(doc: Document, span: Span): string | undefined {
  if (doc.format !== 'markdown') return undefined;
  const written = doc.raw.slice(span.start, span.end);
  if (!written.includes('|')) return undefined;
  const read = doc.text.slice(span.start, span.end);
  let out = '';
  for (let i = 0; i < read.length; i++) out += written[i] === '|' && read[i] === ' ' ? '|' : read[i];
  return out === read ? undefined : withoutZeroWidth(out);
}

/** The source a container field names (front matter `source:`/`来源:`, <meta>, a JSON key). */
function fieldSource(doc: Document): SourceClaim[] {
  const written = doc.fields.source?.trim();
  if (!written) return [];
  const span = doc.fieldSpans.source ?? { start: 0, end: 0 };
  const value = creditInField(written) ?? written.replace(/^《(.+)》$/u, '$1');
  const line = span.end > span.start ? doc.raw.slice(span.start, span.end) : written;
  return [{ value, span, form: 'front-matter', line: { value: line, span } }];
}

function located(doc: Document, field: 'author' | 'date', value: string | undefined): Located | undefined {
  if (!value) return undefined;
  const span: Span = doc.fieldSpans[field] ?? { start: 0, end: 0 };
  return { value, span };
}
