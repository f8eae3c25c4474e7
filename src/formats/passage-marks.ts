// Which characters of a reused passage differ from its source, for the formats people read.
// Page-header lines (dates, 来源, 责编) are never compared: they differ between any two pages.
// Characters are compared as matching compares them: traditional and simplified script, full and
// half width, case are the same character, and punctuation and spaces are neither compared nor
// marked, so that what is marked is what was changed in words.
import type { PassageReport } from '../core/match/types.js';
import { foldOf, foldTable } from '../core/shared/fold-table.js';
import { diffChars, pushOp, type DiffOp } from './diff.js';

export interface PassageLine {
  text: string;
  /** A page-header line: shown, never marked as a difference. */
  header: boolean;
}

export type MarkKind = 'same' | 'changed' | 'header';

export interface Mark {
  char: string;
  kind: MarkKind;
}

export interface MarkedPassage {
  doc: Mark[];
  source: Mark[];
  /** Text was left out at the end (the passage is longer than what is shown). */
  cut: boolean;
  /** Which side had text left out. */
  cutSides: { doc: boolean; source: boolean };
}

/** The passage's lines on each side, or its text as one content line when the lines are not known. */
export function passageSides(p: Pick<PassageReport, 'text' | 'sourceText'> & { lines?: { doc: PassageLine[]; source: PassageLine[] } }): { doc: PassageLine[]; source: PassageLine[] } {
  if (p.lines) return p.lines;
  return { doc: asLines(p.text), source: asLines(p.sourceText) };
}

function asLines(text: string | undefined): PassageLine[] {
  return text ? [{ text, header: false }] : [];
}

function contentOf(lines: readonly PassageLine[]): string {
  return lines.filter((l) => !l.header).map((l) => l.text).join(' ');
}

/** Most content characters shown of each side. */
interface Limits {
  doc: number;
  source: number;
}

/**
 * Characters read past a limit before aligning, so that the alignment at the cut is the one the
 * whole passage has, not one bent by the end of the text read (which pairs up what is left over).
 */
const READ_PAST = 40;

/**
 * Both sides as marked characters. With `maxChars`, at most that many content characters of the
 * document and a little more of the source (it may have words the document dropped): both sides
 * are cut at one place of their alignment, so what is shown of one is what corresponds to what is
 * shown of the other, and every difference within it is marked.
 */
export function markPassage(doc: readonly PassageLine[], source: readonly PassageLine[], maxChars?: number): MarkedPassage {
  const limits = maxChars === undefined ? undefined : { doc: maxChars, source: Math.ceil(maxChars * 1.25) + 20 };
  const content = markContent([...contentOf(doc)], [...contentOf(source)], limits);
  const docOut = interleave(doc, content.doc);
  const sourceOut = interleave(source, content.source);
  const cutSides = { doc: content.cut.doc || docOut.cut, source: content.cut.source || sourceOut.cut };
  return { doc: docOut.marks, source: sourceOut.marks, cut: cutSides.doc || cutSides.source, cutSides };
}

function markContent(docAll: readonly string[], sourceAll: readonly string[], limits: Limits | undefined): { doc: Mark[]; source: Mark[]; cut: { doc: boolean; source: boolean } } {
  const docPoints = limits ? docAll.slice(0, limits.doc + READ_PAST) : docAll;
  const sourcePoints = limits ? sourceAll.slice(0, limits.source + READ_PAST) : sourceAll;
  const docKeys = keysOf(docPoints);
  const sourceKeys = keysOf(sourcePoints);
  let ops: DiffOp[] = [];
  let ends = { doc: docPoints.length, source: sourcePoints.length };
  if (docPoints.length > 0 && sourcePoints.length > 0) {
    ops = diffChars(docKeys.map((k) => k.key).join(''), sourceKeys.map((k) => k.key).join(''));
    if (limits) ({ ops, ends } = cutAlignment(ops, docKeys, sourceKeys, limits));
  }
  if (limits) ends = { doc: Math.min(ends.doc, limits.doc), source: Math.min(ends.source, limits.source) };
  const changed = changedAt(ops, docKeys, sourceKeys);
  const marksOf = (points: readonly string[], end: number, at: ReadonlySet<number>): Mark[] =>
    points.slice(0, end).map((char, i) => ({ char, kind: at.has(i) ? 'changed' as const : 'same' as const }));
  return {
    doc: marksOf(docPoints, ends.doc, changed.doc),
    source: marksOf(sourcePoints, ends.source, changed.source),
    cut: { doc: hasWords(docAll, ends.doc), source: hasWords(sourceAll, ends.source) },
  };
}

/**
 * The alignment up to the first compared character that lies past its side's limit, and where
 * each side is cut: before the next character of it not shown (punctuation before it is shown).
 */
function cutAlignment(ops: readonly DiffOp[], doc: readonly Keyed[], source: readonly Keyed[], limits: Limits): { ops: DiffOp[]; ends: { doc: number; source: number } } {
  const kept: DiffOp[] = [];
  let i = 0;
  let j = 0;
  walk: for (const op of ops) {
    for (const char of op.text) {
      const inDoc = op.kind !== 'removed';
      const inSource = op.kind !== 'added';
      if ((inDoc && doc[i].at >= limits.doc) || (inSource && source[j].at >= limits.source)) break walk;
      pushOp(kept, op.kind, char);
      if (inDoc) i++;
      if (inSource) j++;
    }
  }
  return { ops: kept, ends: { doc: doc[i]?.at ?? limits.doc, source: source[j]?.at ?? limits.source } };
}

/** Whether `points` has a compared character (not punctuation or space) at or after `from`. */
function hasWords(points: readonly string[], from: number): boolean {
  const table = foldTable();
  for (let at = from; at < points.length; at++) {
    const code = points[at].codePointAt(0) ?? 0;
    if (code > 0xffff || foldOf(table, code) !== 0) return true;
  }
  return false;
}

interface Keyed {
  /** The character as matching reads it (one code point). */
  key: string;
  /** Its index among the side's code points. */
  at: number;
}

/** The compared characters of a side, folded; punctuation and spaces left out. */
function keysOf(points: readonly string[]): Keyed[] {
  const table = foldTable();
  const out: Keyed[] = [];
  points.forEach((char, at) => {
    const code = char.codePointAt(0) ?? 0;
    const folded = code > 0xffff ? code : foldOf(table, code);
    if (folded !== 0) out.push({ key: String.fromCodePoint(folded), at });
  });
  return out;
}

/**
 * The code points each side has that the other lacks, from a diff of the folded keys; punctuation
 * between two changed characters is part of the change (the 、 in a dropped list of names).
 */
function changedAt(ops: readonly DiffOp[], doc: readonly Keyed[], source: readonly Keyed[]): { doc: Set<number>; source: Set<number> } {
  const changed = { doc: new Set<number>(), source: new Set<number>() };
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const n = [...op.text].length;
    if (op.kind === 'added') for (let k = 0; k < n; k++) changed.doc.add(i++);
    else if (op.kind === 'removed') for (let k = 0; k < n; k++) changed.source.add(j++);
    else {
      i += n;
      j += n;
    }
  }
  return { doc: spanned(doc, changed.doc), source: spanned(source, changed.source) };
}

/** The code points of the changed keys (by index in `keyed`), with what stands between two neighbours. */
function spanned(keyed: readonly Keyed[], changed: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const k of changed) {
    out.add(keyed[k].at);
    if (changed.has(k + 1)) for (let at = keyed[k].at + 1; at < keyed[k + 1].at; at++) out.add(at);
  }
  return out;
}

/** The content marks put back between the header lines, in the passage's order, one space between lines. */
function interleave(lines: readonly PassageLine[], content: readonly Mark[]): { marks: Mark[]; cut: boolean } {
  const out: Mark[] = [];
  let i = 0;
  let seenContent = false;
  for (const line of lines) {
    if (line.header) {
      if (out.length > 0) out.push({ char: ' ', kind: 'header' });
      for (const char of line.text) out.push({ char, kind: 'header' });
      continue;
    }
    if (seenContent && i >= content.length) return { marks: out, cut: true };
    // the separator between two content lines is part of the compared content
    const take = [...line.text].length + (seenContent ? 1 : 0);
    if (!seenContent && out.length > 0) out.push({ char: ' ', kind: 'header' });
    out.push(...content.slice(i, i + take));
    i += take;
    seenContent = true;
  }
  return { marks: out, cut: false };
}
