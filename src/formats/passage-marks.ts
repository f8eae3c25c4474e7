// Which characters of a reused passage differ from its source, for the formats people read.
// Page-header lines (dates, 来源, 责编) are never compared: they differ between any two pages.
import type { PassageReport } from '../core/match/types.js';
import { diffChars } from './diff.js';

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
    const ops = diffChars(docText.text, sourceText.text);
    if (isCut) while (ops.length > 0 && ops[ops.length - 1].kind !== 'same') ops.pop();
    for (const op of ops) {
      for (const char of op.text) {
        if (op.kind !== 'removed') docMarks.push({ char, kind: op.kind === 'added' ? 'changed' : 'same' });
        if (op.kind !== 'added') sourceMarks.push({ char, kind: op.kind === 'removed' ? 'changed' : 'same' });
      }
    }
  } else {
    docMarks.push(...[...docText.text].map((char) => ({ char, kind: 'same' as const })));
    sourceMarks.push(...[...sourceText.text].map((char) => ({ char, kind: 'same' as const })));
  }
  const docOut = interleave(doc, docMarks);
  const sourceOut = interleave(source, sourceMarks);
  return { doc: docOut.marks, source: sourceOut.marks, cut: isCut || docOut.cut || sourceOut.cut };
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
