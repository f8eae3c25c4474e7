import type { Span } from '../shared/types.js';
import { withoutTags } from '../shared/delimited.js';

/**
 * Builds a document's `text` over its `raw`, one UTF-16 unit for one: what is not read becomes
 * spaces, but line breaks stay, so the text keeps the lines of the file.
 */
export class TextBuilder {
  /** UTF-16 units, not one-character strings: a 3 kB article is one typed array, not 3,000 strings. */
  private readonly units: Uint16Array;

  constructor(
    private readonly raw: string,
    startBlank = false,
  ) {
    this.units = new Uint16Array(raw.length);
    for (let i = 0; i < raw.length; i++) this.units[i] = startBlank ? blankOf(raw.charCodeAt(i)) : raw.charCodeAt(i);
  }

  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) this.units[i] = blankOf(this.raw.charCodeAt(i));
  }

  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.units[i] = this.raw.charCodeAt(i);
  }

  /** Puts `value` where `raw[start, end)` stood (an entity or escape), padded with spaces. */
  replace(start: number, end: number, value: string): void {
    if (value.length > end - start) return;
    this.blank(start, end);
    for (let i = 0; i < value.length; i++) this.units[start + i] = value.charCodeAt(i);
  }

  /** Marks a block boundary at `offset` unless something is read there. */
  boundary(offset: number): void {
    if (this.units[offset] === SPACE) this.units[offset] = NEWLINE;
  }

  /** The units as a string, lone surrogates kept as they are (a UTF-16 decoder would replace them). */
  toString(): string {
    if (!this.units.some(isSurrogate)) return utf16.decode(this.units);
    const parts: string[] = [];
    for (let i = 0; i < this.units.length; i += PIECE) parts.push(String.fromCharCode(...this.units.subarray(i, i + PIECE)));
    return parts.join('');
  }
}

// ignoreBOM: a leading U+FEFF is text like any other here; dropping it would shift every offset by one
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
/** Units per String.fromCharCode call: well under any engine's argument limit. */
const PIECE = 4096;

function blankOf(unit: number): number {
  return unit === NEWLINE || unit === RETURN ? unit : SPACE;
}

/**
 * `text[span]` as a reader sees it: each run of blanks that stands for markup, an entity's padding
 * or an escape is dropped, or read as one space where what it blanks held whitespace outside tags
 * (so 来源：<a href="…">新华网</a> reads 来源：新华网). Plain text comes back as it is.
 * `cellsApart`: see CELL_TAG.
 */
export function visibleText(raw: string, text: string, span: Span, cellsApart = false): string {
  return text.slice(span.start, span.end).replace(/ +/gu, (run: string, at: number) => {
    const written = raw.slice(span.start + at, span.start + at + run.length);
    if (written === run) return run;
    if (cellsApart && at > 0 && CELL_TAG.test(written) && !/[\s:：∶︰|｜丨/／]/u.test(text[span.start + at - 1])) return ' ';
    return /\s/u.test(withoutTags(written)) ? ' ' : '';
  });
}

/**
 * A tag opening or closing a table cell, a <dt> or a <dd>: with `cellsApart`, visibleText reads the
 * words either side apart, as a browser shows them (<td>来源</td><td>国际在线</td> reads 来源 国际在线,
 * not 来源国际在线), unless a colon, a bar or a slash already parts them (<td>来源：</td><td>国际在线</td>).
 */
const CELL_TAG = /<\/?(?:t[dh]|d[td])[\s/>]/iu;

/** What a reader sees of `text[span]`: markup dropped rather than spaced, whitespace runs as one space. */
export function readable(raw: string, text: string, span: Span): string {
  return visibleText(raw, text, span).replace(/\s+/g, ' ').trim();
}
