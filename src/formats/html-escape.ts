// Text into HTML, and the marked passages of a reuse as HTML.
import { markPassage, passageSides, type Mark } from './passage-marks.js';
import type { PassageReport } from '../core/match/types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** Runs of marks as HTML: what differs in <ins> (document) or <del> (source), page headers in a muted span. */
function marksHtml(marks: readonly Mark[], side: 'doc' | 'source'): string {
  let out = '';
  let i = 0;
  while (i < marks.length) {
    const kind = marks[i].kind;
    let text = '';
    while (i < marks.length && marks[i].kind === kind) text += marks[i++].char;
    if (kind === 'same') out += esc(text);
    else if (kind === 'header') out += `<span class="hdr">${esc(text)}</span>`;
    else out += side === 'doc' ? `<ins>${esc(text)}</ins>` : `<del>${esc(text)}</del>`;
  }
  return out;
}

/** Both sides of a passage as HTML, at most `maxChars` of the document's words (the source cut to match). */
export function passagePair(p: PassageReport, maxChars: number): { doc: string; source: string; cut: boolean } {
  const sides = passageSides(p);
  const marks = markPassage(sides.doc, sides.source, maxChars);
  return { doc: marksHtml(marks.doc, 'doc'), source: marksHtml(marks.source, 'source'), cut: marks.cut };
}
