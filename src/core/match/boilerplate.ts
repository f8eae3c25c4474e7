import type { Span } from '../shared/types.js';
import { normalize, normalizeLines, withoutSpans, type NormText, type Told } from '../normalize/index.js';
import { GrowableU32 } from '../shared/growable.js';
import { boilerplateBar } from './boilerplate-bar.js';

export { boilerplateBar } from './boilerplate-bar.js';

/** Lines shorter than this (normalised) are never judged boilerplate: too little to tell. */
const MIN_LINE = 8;

export interface Boilerplate {
  /** Normalised lines that recur across many articles of the corpus (navigation, footers). */
  lines: Set<string>;
  /** Normalised text of the publisher's notice, whose lines are never content. */
  notice: string;
}

/** The boilerplate of a corpus: its recurring lines (see boilerplateBar) and its notice. */
export function findBoilerplate(texts: readonly string[], share: number, notice: string): Boilerplate {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const { line } of judgedLines(text).lines) seen.add(line);
    for (const line of seen) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const bar = boilerplateBar(share, texts.length);
  const lines = new Set<string>();
  for (const [line, count] of counts) if (count >= bar) lines.add(line);
  return { lines, notice: normalize(notice).text };
}

/**
 * The text normalised, its boilerplate lines (those of the corpus's recurring lines or of the
 * notice) masked.
 */
export function maskedText(text: string, boilerplate: Boilerplate): NormText {
  // the map copied once: as it is, or without the masked lines' units
  const full = normalizeLines(text, told, false);
  const spans = maskedSpans(full, told.lines.view(), boilerplate);
  return spans.length > 0 ? withoutSpans(full, spans) : { text: full.text, map: full.map.slice() };
}

/** What maskedText is told: lines, nothing marked. */
const told: Told = { lines: new GrowableU32(256), marks: new Uint8Array(0x10000), gaps: new GrowableU32(0) };

/**
 * The spans of the original's boilerplate lines, given its normalised text and its lines as
 * normalizeLines tells them: not split again nor searched for in the map.
 */
export function maskedSpans(full: NormText, lines: Uint32Array, boilerplate: Boilerplate): Span[] {
  const spans: Span[] = [];
  const heads = headsOf(boilerplate);
  for (let l = 0; l < lines.length; l += 4) {
    if (lines[l + 3] - lines[l + 2] < MIN_LINE || !heads.has(headKey(full.text, lines[l + 2]))) continue;
    const line = full.text.slice(lines[l + 2], lines[l + 3]);
    if (boilerplate.lines.has(line) || boilerplate.notice.includes(line)) spans.push({ start: lines[l], end: lines[l + 1] });
  }
  return spans;
}

/**
 * The keys of how a masked line can begin: the first MIN_LINE units of each recurring line and
 * every MIN_LINE units of the notice (a line within it begins with some). A line whose beginning
 * has none of these keys is neither, and is not sliced out nor looked for in the notice.
 */
function headsOf(boilerplate: Boilerplate): Set<number> {
  let heads = headSets.get(boilerplate);
  if (heads) return heads;
  heads = new Set<number>();
  for (const line of boilerplate.lines) heads.add(headKey(line, 0));
  for (let i = 0; i + MIN_LINE <= boilerplate.notice.length; i++) heads.add(headKey(boilerplate.notice, i));
  headSets.set(boilerplate, heads);
  return heads;
}

const headSets = new WeakMap<Boilerplate, Set<number>>();

/** A 32-bit hash of text[at, at + MIN_LINE). */
function headKey(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + MIN_LINE; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Spans of the lines that `masked` says are boilerplate. */
export function spansWhere(lines: ReadonlyArray<{ line: string; span: Span }>, masked: (line: string) => boolean): Span[] {
  return lines.filter(({ line }) => masked(line)).map(({ span }) => span);
}

/**
 * A 53-bit key of a normalised line (two 32-bit hashes, 21 bits of one above the other), so that
 * a corpus's lines are counted as numbers in typed arrays, never held as strings; two distinct
 * lines share a key with odds of about one in 10^16 per pair.
 */
export function lineKey(line: string): number {
  return lineKeyAt(line, 0, line.length);
}

/** lineKey of text[start, end), without slicing it out. */
function lineKeyAt(text: string, start: number, end: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a & 0x1fffff) * 0x100000000 + (b >>> 0);
}

/**
 * The text normalised, and each of its lines long enough to judge as normalised text with its
 * span in the original, from one pass over the text (normalizeLines tells where the lines stand).
 */
export function judgedLines(text: string): { norm: NormText; lines: Array<{ line: string; span: Span }> } {
  const norm = normalizeLines(text, told);
  const lines = told.lines.view();
  const out: Array<{ line: string; span: Span }> = [];
  for (let l = 0; l < lines.length; l += 4) {
    if (lines[l + 3] - lines[l + 2] >= MIN_LINE) out.push({ line: norm.text.slice(lines[l + 2], lines[l + 3]), span: { start: lines[l], end: lines[l + 1] } });
  }
  return { norm, lines: out };
}

/**
 * An article's text as an index build fingerprints it: normalised, the lines that stand in the
 * notice masked (`notice`: a Boilerplate of no recurring lines), and the key (lineKey) of each
 * line long enough to judge given to `key`, in order. From one pass over the text, without a
 * string or an object a line or a copy of the map (judgedLines, spansWhere and withoutSpans made
 * these for each of a build's articles, which keeps none of them).
 */
export function indexedText(text: string, notice: Boilerplate, key: (key: number) => void): string {
  const full = normalizeLines(text, told, false);
  const lines = told.lines.view();
  for (let l = 0; l < lines.length; l += 4) if (lines[l + 3] - lines[l + 2] >= MIN_LINE) key(lineKeyAt(full.text, lines[l + 2], lines[l + 3]));
  const spans = maskedSpans(full, lines, notice);
  return spans.length === 0 ? full.text : withoutSpans(full, spans, false).text;
}
