import type { Span } from '../types.js';

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

/** What a reader sees of `text[span]`: markup dropped rather than spaced, whitespace runs as one space. */
export function readable(raw: string, text: string, span: Span): string {
  let value = '';
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === ' ' && raw[i] !== ' ') continue;
    value += text[i];
  }
  return value.replace(/\s+/g, ' ').trim();
}
