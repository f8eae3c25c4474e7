import type { Document } from '../read/types.js';
import { isCitationForm } from './reported.js';
import type { Span } from '../shared/types.js';
import { keyText } from '../shared/keytext.js';
import { outletLike } from './outlets.js';
import { OPEN_BRACKETS } from './chars.js';
import type { Metadata } from './types.js';
import { readable } from '../read/text-builder.js';

type TitledDocument = Pick<Document, 'format' | 'raw' | 'text' | 'fields' | 'fieldSpans' | 'headings'>;

/** What parts a site's name from the headline in an HTML <title>: 标题_国际在线, 标题｜新华网, 标题 | 环球网. */
const BARS = ['_', '|', '｜', '丨'];
/** A dash parts it only with a space either side (标题 - 新浪新闻): 2023-2024 is the headline's. */
const DASHES = [' - ', ' – ', ' — '];
/** Site names stripped at most: 标题_国际在线_中国国际广播电台. */
const MAX_SUFFIXES = 3;
/** Fewest letters of a headline: a shorter <h1> is a site's or a section's name, a shorter rest of a <title> a column's. */
const MIN_HEADLINE = 5;

/**
 * The title a page gives itself in its fields, as a headline: an HTML <title> with the site's name
 * after _, | or - (中欧班列开行_国际在线, … - 新浪新闻) is the page's <h1> when it has one, else the
 * <title> without the site's name. A <title> with no site suffix is the title as written (an <h1>
 * may be a site's logo or a section's name). A Markdown heading is the title without a credit
 * closing it; a field of any other format is the title as written.
 */
export function pageTitle(doc: TitledDocument, metadata: Metadata): string | undefined {
  const title = doc.fields.title;
  if (title !== undefined && doc.format === 'markdown') return withoutCredit(doc, metadata) ?? title;
  if (title === undefined || doc.format !== 'html') return title;
  const headline = withoutSiteName(title);
  if (headline === title) return title;
  const h1 = firstH1(doc);
  return h1 !== undefined && letterCount(h1) >= MIN_HEADLINE && !outletLike(keyText(h1)) ? h1 : headline;
}

/**
 * A Markdown heading without the credit that closes it on its line (# 标题　来源：国际在线, a setext
 * heading's text alike), as a headline's line is read: undefined where none does.
 */
function withoutCredit(doc: TitledDocument, metadata: Metadata): string | undefined {
  const span = doc.fieldSpans.title;
  if (!span) return undefined;
  const claim = metadata.sources.find((c) => !c.field && !isCitationForm(c.form) && c.line.span.start > span.start && c.line.span.start < span.end);
  if (!claim) return undefined;
  let end = claim.line.span.start;
  while (end > span.start && (/\s/u.test(doc.text[end - 1]) || OPEN_BRACKETS.includes(doc.text[end - 1]))) end--;
  return readable(doc.raw, doc.text, { start: span.start, end }) || undefined;
}

/** The title without the site's names at its end, each after a bar or a spaced dash. */
function withoutSiteName(title: string): string {
  let head = title;
  for (let n = 0; n < MAX_SUFFIXES; n++) {
    const at = suffixAt(head);
    if (at < 0) break;
    head = head.slice(0, at).trimEnd();
  }
  return head;
}

/** Where a site's name after a bar or dash begins (at the mark), or -1 when the title ends in none. */
function suffixAt(title: string): number {
  const bar = Math.max(...BARS.map((b) => title.lastIndexOf(b)));
  const dash = Math.max(...DASHES.map((d) => title.lastIndexOf(d)));
  const at = Math.max(bar, dash);
  if (at <= 0) return -1;
  const site = title.slice(at + (at === dash ? DASHES[0].length : 1)).trim();
  if (letterCount(title.slice(0, at)) < MIN_HEADLINE) return -1;
  return outletLike(keyText(site)) ? at : -1;
}

/** The visible text of the page's first <h1>, spaces collapsed: the first heading that is not its <title>. */
function firstH1(doc: Pick<Document, 'text' | 'fieldSpans' | 'headings'>): string | undefined {
  const title: Span | undefined = doc.fieldSpans.title;
  const h1 = doc.headings?.find((s) => !title || s.end <= title.start || s.start >= title.end);
  return h1 && doc.text.slice(h1.start, h1.end).replace(/\s+/gu, ' ').trim();
}

function letterCount(text: string): number {
  let n = 0;
  for (const c of text) if (/[\p{L}\p{N}]/u.test(c)) n++;
  return n;
}
