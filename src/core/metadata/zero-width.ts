import type { Located, Span } from '../shared/types.js';
import type { SourceClaim } from './types.js';
import { newScan, type Scan } from './scan.js';
import { findSourceClaims } from './sources.js';
import { labelGaps } from './spaced-labels.js';

/**
 * Characters a page shows as nothing: zero-width space, non-joiner and joiner, word joiner, and
 * U+FEFF inside a line. CMS pastes and anti-scraping templates leave them inside header lines
 * (来\u200b源：国际在线), where the reader sees the words whole.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
const HAS_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source, 'u');

/**
 * Whether a text holds one of them: a native search for each of the five, which reads a text of
 * Chinese news in some 40 % less CPU than HAS_ZERO_WIDTH's scan (a text's metadata asks it of
 * every scan and of the text itself: an index build asks it of every corpus article).
 */
function hasZeroWidth(text: string): boolean {
  return text.includes('\u200b') || text.includes('\u200c') || text.includes('\u200d') || text.includes('\u2060') || text.includes('\ufeff');
}

/** A text read without its zero-width characters, and the way back to the text's offsets. */
export interface SeenThrough {
  /** The scan of the text as it shows. */
  scan: Scan;
  /** A span of `scan` as a span of the text: a zero-width character inside it stays inside. */
  span(span: Span): Span;
}

/** Whether a character is one of them. */
export function isZeroWidth(c: string): boolean {
  return HAS_ZERO_WIDTH.test(c);
}

/** The text without its zero-width characters, as a reader sees it. */
export function withoutZeroWidth(text: string): string {
  return hasZeroWidth(text) ? text.replace(ZERO_WIDTH, '') : text;
}

/**
 * The scan of a text with its zero-width characters taken out, and the spaces inside a spaced
 * label (来 源：, see labelGaps), for reading its header matter as it shows; undefined when it
 * holds neither (the text's own scan reads it then). What is found there
 * is put back at the text's offsets (see locatedSeen, claimSeen), so a finding's column is the file's.
 */
export function seenThrough(scan: Scan): SeenThrough | undefined {
  let seen = seenOf.get(scan);
  if (seen === undefined) seenOf.set(scan, (seen = readThrough(scan)));
  return seen ?? undefined;
}

/** Read once a scan: the metadata and the sources a pack reads (markers.ts) ask of the same text. */
const seenOf = new WeakMap<Scan, SeenThrough | null>();

function readThrough(scan: Scan): SeenThrough | null {
  const { text } = scan;
  const dropped = droppedSpans(scan);
  if (dropped.length === 0) return null;
  // offsets[i]: where unit i of the text as seen stands in the text; one past the end maps to its end
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  let from = 0;
  let shown = '';
  for (const gap of dropped) {
    for (let i = from; i < gap.start; i++) offsets[n++] = i;
    shown += text.slice(from, gap.start);
    from = gap.end;
  }
  for (let i = from; i < text.length; i++) offsets[n++] = i;
  shown += text.slice(from);
  offsets[n] = text.length;
  const span = (s: Span): Span => ({ start: offsets[s.start], end: s.end > s.start ? offsets[s.end - 1] + 1 : offsets[s.end] });
  return { scan: newScan(shown), span };
}

/** What a reader does not see in a text, in order: its zero-width characters and the spaces inside spaced labels. */
function droppedSpans(scan: Scan): Span[] {
  const zeroWidth: Span[] = hasZeroWidth(scan.text) ? [...scan.text.matchAll(ZERO_WIDTH)].map((m) => ({ start: m.index, end: m.index + 1 })) : [];
  const gaps = labelGaps(scan.key);
  if (gaps.length === 0 || zeroWidth.length === 0) return gaps.length === 0 ? zeroWidth : gaps;
  return [...zeroWidth, ...gaps].sort((a, b) => a.start - b.start);
}

/** A value found in the text as seen, at the text's offsets. */
export function locatedSeen<T extends Located>(seen: SeenThrough, found: T): T {
  return { ...found, span: seen.span(found.span) };
}

/** A claim found in the text as seen, its name and line at the text's offsets; its words stay as they show. */
export function claimSeen(seen: SeenThrough, claim: SourceClaim): SourceClaim {
  return { ...locatedSeen(seen, claim), line: locatedSeen(seen, claim.line) };
}

/** The credits of a short text read beside a document's (a field's value, the rest of a line) as it shows (来\u200b源：澎湃新闻), at its own offsets. */
export function seenClaims(scan: Scan): SourceClaim[] {
  const seen = seenThrough(scan);
  return seen ? findSourceClaims(seen.scan).map((claim) => claimSeen(seen, claim)) : findSourceClaims(scan);
}
