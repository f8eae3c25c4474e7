import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { isNavigation } from './navigation.js';
import { oncePer } from '../shared/once-per.js';
import { isHeaderPrefix } from './header.js';
import { lineAt, scanOf, type Scan } from './scan.js';

/** An editor's note a page prints above or under its headline: 编者按：…, 【编者按】. */
const EDITOR_NOTE = /^[\s【〔[（(]*(?:编者按|编者的话)/u;
/** An editor's note's label on a line of its own, the note in the paragraph under it: 【编者按】, 编者按：. */
const EDITOR_NOTE_LABEL = /^[\s【〔[（(]*(?:编者按|编者的话)[\s】〕\]）):：]*$/u;

/** The headline's line: the first line with text that does not stand above a headline. Found once per document. */
export const headlineSpan: (doc: Pick<Document, 'text'>) => Span | undefined = oncePer((doc) => {
  const scan = scanOf(doc.text);
  let first: Span | undefined;
  // line by line from the scan's line starts: a split of all the lines (documentLines) is most of
  // the work for an archive's article, whose headline is among its first lines
  for (let l = 0; l < scan.starts.length; l++) {
    const span = lineAt(scan, scan.starts[l]);
    if (doc.text.slice(span.start, span.end).trim() === '') continue;
    first ??= span;
    if (!standsAboveHeadline(scan, span)) return span;
  }
  return first;
});

/**
 * Whether a line is one a page prints above its headline, never the headline: site navigation, a
 * menu or a breadcrumb (navigation.ts), header matter alone (【字号 大 中 小】, 分享到：, a date), an
 * editor's note (编者按：…).
 */
export function standsAboveHeadline(scan: Scan, line: Span): boolean {
  return isNavigation(scan, line) || isEditorNote(scan.text.slice(line.start, line.end)) || isHeaderPrefix(scan, line.start, line.end, true);
}

/** Whether a line opens an editor's note (编者按：…, 【编者按】…): the page's head, never its body. */
export function isEditorNote(line: string): boolean {
  return EDITOR_NOTE.test(line);
}

/** Whether a line is an editor's note's label alone (【编者按】): the note is the paragraph under it. */
export function isEditorNoteLabel(line: string): boolean {
  return EDITOR_NOTE_LABEL.test(line);
}
