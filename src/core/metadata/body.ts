import type { Span } from '../shared/types.js';
import type { Document } from '../read/types.js';
import type { Metadata } from './types.js';
import { documentLines } from '../shared/lines.js';
import { inHeadline } from '../read/html-heading.js';
import { headlineSpan, isEditorNote, isEditorNoteLabel } from './headline.js';

/** A sentence ends here: a line holding one is body text, not a headline, byline or navigation. */
const SENTENCE_END = /[。！？!?]/u;
/** Fewest visible characters, metadata aside, of the line where the body begins. */
const MIN_BODY_LINE = 6;

/**
 * Where the article's body text begins: the first visible character, past any leading 来源,
 * byline, dateline or date, of the first line that reads as prose (it ends a sentence and is
 * more than a caption), at or under the headline. Everything before it is the head of the page:
 * navigation and an editor's note above the headline, the headline, 原标题, the date and 来源 line,
 * bylines, an editor's note under the headline. An HTML page's <title> and <h1> are its head whatever
 * they read like. Undefined for a text with no such line. Found once per document and metadata:
 * matching asks, and so does each finding that places a credit.
 */
export function bodyStart(doc: BodyDocument, metadata: Metadata): number | undefined {
  const known = bodyStarts.get(doc);
  if (known && known.metadata === metadata) return known.start;
  const start = findBodyStart(doc, metadata);
  bodyStarts.set(doc, { metadata, start });
  return start;
}

type BodyDocument = Pick<Document, 'format' | 'raw' | 'text' | 'headings'>;

const bodyStarts = new WeakMap<BodyDocument, { metadata: Metadata; start: number | undefined }>();

function findBodyStart(doc: BodyDocument, metadata: Metadata): number | undefined {
  const { text } = doc;
  const spans = metadataSpans(metadata);
  const headline = headlineSpan(doc);
  const headlineText = headline && letters(text.slice(headline.start, headline.end));
  // an editor's note under the headline (编者按：…, or 【编者按】 over its paragraph) is the head's
  let inNote = false;
  for (const line of documentLines(doc)) {
    const content = text.slice(line.start, line.end);
    if (isEditorNote(content) || (inNote && content.trim() !== '')) {
      inNote = !inNote && isEditorNoteLabel(content);
      continue;
    }
    if (!SENTENCE_END.test(content) || (headline && line.end <= headline.start)) continue;
    if (inHeadline(doc, line.start + content.search(/\S/u))) continue;
    if (isExclaimingHeadline(content) && (line.start === headline?.start || repeats(letters(content), headlineText))) continue;
    if (visibleOutside(text, line.start, line.end, spans, MIN_BODY_LINE) < MIN_BODY_LINE) continue;
    return firstOwnCharacter(text, line.start, line.end, spans);
  }
  return undefined;
}

/** Most visible characters of a headline: longer first lines are prose. */
const MAX_HEADLINE = 40;

/**
 * A page's first line when it is a headline that asks or exclaims (# 冰雪大世界为何一票难求？,
 * 敦煌，你好！数字展走进布达佩斯): short, with no 。 to end a statement. It holds a sentence end,
 * but it is the head of the page, and a 来源 line under it stands where the publisher wants it.
 */
function isExclaimingHeadline(line: string): boolean {
  if (line.includes('。')) return false;
  let n = 0;
  // counted only as far as a headline's length: a one-line page is megabytes
  for (const c of line) if (/[\p{L}\p{N}]/u.test(c) && ++n > MAX_HEADLINE) return false;
  return true;
}

/** Fewest letters of a line that repeats the headline: shorter ones are a word, not a headline. */
const MIN_REPEAT = 4;

/**
 * Whether a line repeats the headline, one holding the other: an HTML page's <h1> under its
 * <title> (寒潮来袭！中央气象台发布寒潮橙色预警 under 寒潮来袭！中央气象台发布寒潮橙色预警_国际在线
 * or … - 新浪新闻). The page's head reads the headline twice; the body begins after both.
 */
function repeats(line: string, headline: string | undefined): boolean {
  if (headline === undefined) return false;
  const [shorter, longer] = line.length <= headline.length ? [line, headline] : [headline, line];
  return [...shorter].length >= MIN_REPEAT && longer.includes(shorter);
}

/** The letters and digits of a line, without its spaces and punctuation. */
function letters(line: string): string {
  return line.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every span of the text that says something about the article rather than being it. */
export function metadataSpans(metadata: Metadata): Span[] {
  // pushed one by one, not spread from maps: arrays of one kind whatever tier made them
  const spans: Span[] = [];
  for (const s of metadata.sources) spans.push(s.line.span);
  for (const located of [metadata.authors, metadata.editors, metadata.dates]) for (const l of located) spans.push(l.span);
  if (metadata.originalTitle) spans.push(metadata.originalTitle.span);
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

/** Visible characters of [start, end) outside the spans, counted up to `enough`. */
function visibleOutside(text: string, start: number, end: number, spans: readonly Span[], enough: number): number {
  let n = 0;
  for (let i = start; i < end && n < enough; i++) {
    const covering = spans.find((s) => s.start <= i && i < s.end);
    if (covering) {
      i = covering.end - 1;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(text[i])) n++;
  }
  return n;
}

/** The first letter or digit at or after `start` that no metadata span covers. */
function firstOwnCharacter(text: string, start: number, end: number, spans: readonly Span[]): number {
  for (let i = start; i < end; i++) {
    const covering = spans.find((s) => s.start <= i && i < s.end);
    if (covering) i = covering.end - 1;
    else if (/[\p{L}\p{N}]/u.test(text[i])) return i;
  }
  return start;
}
