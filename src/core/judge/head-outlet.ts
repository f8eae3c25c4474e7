// An archive page with no 来源 line may still name whose the story is in its head, as a portal prints
// a reprint's outlet by its date: 新京报 alone on the line under 2018年12月28日 19:55, 原创 南方都市报
// 2019-09-09 16:01:46, 中国网 2019-11-25 10:37:31. Only the lines by the page's first date, above the
// body, are read, and only a name that reads as an outlet's: body text never names the page's owner.
import type { Document } from '../read/types.js';
import type { Metadata, SourceClaim } from '../metadata/types.js';
import type { Span } from '../shared/types.js';
import { headlineSpan } from '../metadata/headline.js';
import { bodyStart } from '../metadata/body.js';
import { lineAt, scanOf, type Scan } from '../metadata/scan.js';
import { isChannelName, isKnownOutlet, outletLike } from '../metadata/outlets.js';
import { OUTLET_ALIASES } from '../shared/outlet-aliases.js';
import { lastAtOrBefore } from '../shared/search.js';

/** How far below the headline's start the page's date may stand for its neighbours to be the head. */
const MAX_HEAD = 400;
/** A portal's mark of a story its source wrote itself, before the outlet's name: 原创 南方都市报. */
const ORIGINAL = /^原创[\s\u3000]*/u;
const ALIASES = new Set(OUTLET_ALIASES.flat());

/**
 * The outlet a page's head names beside its date: on the date's line before or after the date
 * (中国网 2019-11-25 10:37:31, 2019-11-25 南方都市报, 原创 南方都市报 2019-09-09), else alone on the
 * line right under it or right above it (not the headline). Undefined where none does.
 */
export function headOutlet(doc: Document, metadata: Metadata): SourceClaim | undefined {
  const headline = headlineSpan(doc);
  if (!headline) return undefined;
  const date = metadata.dates[0] ?? ledByDate(scanOf(doc.text), headline);
  if (!date || date.span.start <= headline.end || date.span.start - headline.start > MAX_HEAD) return undefined;
  const body = bodyStart(doc, metadata) ?? doc.text.length;
  if (date.span.end > body) return undefined;
  const scan = scanOf(doc.text);
  const line = lineAt(scan, date.span.start);
  const beside = besideDate(scan, line, date.span);
  if (beside) return beside;
  const below = lineWithText(scan, line.end, 1);
  if (below && below.end <= body) {
    const named = aloneOnLine(scan, below);
    if (named) return named;
  }
  const above = lineWithText(scan, line.start, -1);
  return above && above.start > headline.start ? aloneOnLine(scan, above) : undefined;
}

/**
 * A date leading the line under the headline, where the metadata read none: a date with words after
 * it on its line is no page date to them (2019-11-25 10:37:31 澎湃新闻), but the head's line is one.
 */
const LEADING_DATE = /^[ \t\u3000]*\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?(?=[ \t\u3000])/u;

function ledByDate(scan: Scan, headline: Span): { span: Span } | undefined {
  const line = lineWithText(scan, headline.end, 1);
  const m = line && LEADING_DATE.exec(scan.text.slice(line.start, line.end));
  return m ? { span: { start: line.start, end: line.start + m[0].length } } : undefined;
}

/** The outlet the date's line holds besides the date, on one side of it. */
function besideDate(scan: Scan, line: Span, date: Span): SourceClaim | undefined {
  const before = { start: line.start, end: date.start };
  const after = { start: date.end, end: line.end };
  const blank = (s: Span) => scan.text.slice(s.start, s.end).trim() === '';
  if (blank(before) === blank(after)) return undefined;
  const named = outletIn(scan, blank(before) ? after : before);
  return named && claim(scan, named, line);
}

function aloneOnLine(scan: Scan, line: Span): SourceClaim | undefined {
  const named = outletIn(scan, line);
  return named && claim(scan, named, line);
}

/** The span of an outlet's name that is all of `s` but spaces and a leading 原创. */
function outletIn(scan: Scan, s: Span): Span | undefined {
  let { start, end } = s;
  while (start < end && /\s/u.test(scan.text[start])) start++;
  while (end > start && /\s/u.test(scan.text[end - 1])) end--;
  const original = ORIGINAL.exec(scan.text.slice(start, end));
  if (original) start += original[0].length;
  return isHeadOutlet(scan.key.slice(start, end)) ? { start, end } : undefined;
}

/**
 * Whether a head's word names an outlet: a known one, else one ending as outlets do, but not a
 * site's column (国际频道, 国内新闻: a 新闻 name is an outlet's only after a known name, 澎湃新闻).
 */
export function isHeadOutlet(key: string): boolean {
  if (isKnownOutlet(key) || ALIASES.has(key)) return true;
  if (!outletLike(key) || isChannelName(key)) return false;
  return !key.endsWith('新闻') || isKnownOutlet(key.slice(0, -2));
}

function claim(scan: Scan, name: Span, line: Span): SourceClaim {
  const span = { start: name.start, end: name.end };
  return { value: scan.text.slice(name.start, name.end), span, form: '页头', line: { value: scan.text.slice(line.start, line.end).trim(), span: line } };
}

/** The nearest line with text past the line holding `at`, going down (`step` 1) or up (−1), or undefined. */
function lineWithText(scan: Scan, at: number, step: 1 | -1): Span | undefined {
  for (let l = lastAtOrBefore(scan.starts, at) + step; l >= 0 && l < scan.starts.length; l += step) {
    const line = lineAt(scan, scan.starts[l]);
    if (scan.text.slice(line.start, line.end).trim() !== '') return line;
  }
  return undefined;
}
