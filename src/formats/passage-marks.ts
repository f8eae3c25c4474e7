// Which characters of a reused passage differ from its source, for the formats people read.
// Page-header lines (dates, 来源, 责编) are never compared: they differ between any two pages.
// Characters are compared as matching compares them: traditional and simplified script, full and
// half width, case are the same character, and punctuation and spaces are neither compared nor
// marked, so that what is marked is what was changed in words.
import type { PassageReport } from '../core/match/types.js';
import { foldOf, foldTable } from '../core/shared/fold-table.js';
import { diffChars, type DiffOp } from './diff.js';

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

function cut(text: string, chars: number | undefined): { text: string; cut: boolean } {
  if (chars === undefined) return { text, cut: false };
  const points = [...text];
  return points.length > chars ? { text: points.slice(0, chars).join(''), cut: true } : { text, cut: false };
}

/**
 * Both sides as marked characters. With `maxChars`, at most that many content characters of the
 * document (the source cut to match); differences past the last shared character are then dropped.
 */
export function markPassage(doc: readonly PassageLine[], source: readonly PassageLine[], maxChars?: number): MarkedPassage {
  const docText = cut(contentOf(doc), maxChars);
  const sourceText = cut(contentOf(source), maxChars === undefined ? undefined : Math.ceil(maxChars * 1.25) + 20);
  const isCut = docText.cut || sourceText.cut;
  const docMarks: Mark[] = [];
  const sourceMarks: Mark[] = [];
  if (docText.text && sourceText.text) {
    const docPoints = [...docText.text];
    const sourcePoints = [...sourceText.text];
    const docKeys = keysOf(docPoints);
    const sourceKeys = keysOf(sourcePoints);
    const ops = diffChars(docKeys.map((k) => k.key).join(''), sourceKeys.map((k) => k.key).join(''));
    if (isCut) while (ops.length > 0 && ops[ops.length - 1].kind !== 'same') ops.pop();
    const changed = changedAt(ops, docKeys, sourceKeys);
    docMarks.push(...docPoints.map((char, i) => ({ char, kind: changed.doc.has(i) ? 'changed' as const : 'same' as const })));
    sourceMarks.push(...sourcePoints.map((char, i) => ({ char, kind: changed.source.has(i) ? 'changed' as const : 'same' as const })));
  } else {
    docMarks.push(...[...docText.text].map((char) => ({ char, kind: 'same' as const })));
    sourceMarks.push(...[...sourceText.text].map((char) => ({ char, kind: 'same' as const })));
  }
  const docOut = interleave(doc, docMarks);
  const sourceOut = interleave(source, sourceMarks);
  return { doc: docOut.marks, source: sourceOut.marks, cut: isCut || docOut.cut || sourceOut.cut };
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
