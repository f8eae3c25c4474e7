import type { Span } from '../shared/types.js';
import { withoutTags } from '../shared/delimited.js';

/**
 * Builds a document's `text` over its `raw`, one UTF-16 unit for one: what is not read becomes
 * spaces, but line breaks stay, so the text keeps the lines of the file.
 */
export class TextBuilder {
  private readonly units: string[];

  constructor(
    private readonly raw: string,
    startBlank = false,
  ) {
    this.units = startBlank ? Array.from({ length: raw.length }, (_, i) => blankOf(raw[i])) : raw.split('');
  }

  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) this.units[i] = blankOf(this.raw[i]);
  }

  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.units[i] = this.raw[i];
  }

  /** Puts `value` where `raw[start, end)` stood (an entity or escape), padded with spaces. */
  replace(start: number, end: number, value: string): void {
    if (value.length > end - start) return;
    this.blank(start, end);
    for (let i = 0; i < value.length; i++) this.units[start + i] = value[i];
  }

  /** Marks a block boundary at `offset` unless something is read there. */
  boundary(offset: number): void {
    if (this.units[offset] === ' ') this.units[offset] = '\n';
  }

  toString(): string {
    return this.units.join('');
  }
}

function blankOf(unit: string): string {
  return unit === '\n' || unit === '\r' ? unit : ' ';
}

/**
 * `text[span]` as a reader sees it: each run of blanks that stands for markup, an entity's padding
 * or an escape is dropped, or read as one space where what it blanks held whitespace outside tags
 * (so 来源：<a href="…">新华网</a> reads 来源：新华网). Plain text comes back as it is.
 */
export function visibleText(raw: string, text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/ +/gu, (run: string, at: number) => {
    const written = raw.slice(span.start + at, span.start + at + run.length);
    if (written === run) return run;
    return /\s/u.test(withoutTags(written)) ? ' ' : '';
  });
}

/** What a reader sees of `text[span]`: markup dropped rather than spaced, whitespace runs as one space. */
export function readable(raw: string, text: string, span: Span): string {
  return visibleText(raw, text, span).replace(/\s+/g, ' ').trim();
}
