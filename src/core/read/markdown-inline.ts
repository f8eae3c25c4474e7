import { ENTITY, entityValue } from './entities.js';
import type { TextBuilder } from './text-builder.js';
import { codeSpans, images, strong, type InlineMatch } from './inline-spans.js';

/**
 * Blanks inline Markdown in `scan[start, end)`. `scan` is the raw text with the parts already
 * dealt with (code, comments) masked, so that no pattern matches inside them; offsets are the
 * same as in raw and in `out`.
 */
export function blankInline(scan: string[], start: number, end: number, out: TextBuilder): void {
  const line = () => scan.slice(start, end).join('');
  const each = (re: RegExp, f: (m: RegExpExecArray, at: number) => void) => {
    for (const m of line().matchAll(re)) f(m, start + m.index);
  };
  const eachSpan = (find: (line: string) => InlineMatch[], f: (m: InlineMatch, at: number) => void) => {
    for (const m of find(line())) f(m, start + m.at);
  };
  const mask = (from: number, to: number) => scan.fill(MASK, from, to);
  const blank = (from: number, to: number) => {
    out.blank(from, to);
    mask(from, to);
  };

  eachSpan(codeSpans, (m, at) => {
    blank(at, at + m.open);
    mask(at + m.open, at + m.length - m.open);
    blank(at + m.length - m.open, at + m.length);
  });
  each(/\\([!-/:-@[-`{-~])/g, (_, at) => {
    blank(at, at + 1);
    mask(at + 1, at + 2);
  });
  each(/\\$/g, (_, at) => blank(at, at + 1));
  each(/<(?:https?|mailto):[^<>\s]+>/g, (m, at) => {
    blank(at, at + 1);
    mask(at + 1, at + m[0].length - 1);
    blank(at + m[0].length - 1, at + m[0].length);
  });
  each(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, (m, at) => blank(at, at + m[0].length));
  eachSpan(images, (m, at) => blank(at, at + m.length));
  each(/\[([^[\]]*)\](\([^()]*\)|\[[^[\]]*\])/g, (m, at) => {
    blank(at, at + 1);
    blank(at + 1 + m[1].length, at + m[0].length);
  });
  eachSpan(strong, (m, at) => delimiters(at, m.length, 2, blank));
  each(/\*(?=[^\s*])([^*]*?[^\s*])?\*/g, (m, at) => delimiters(at, m[0].length, 1, blank));
  each(/(?<![A-Za-z0-9])_(?=[^\s_])([^_]*?[^\s_])?_(?![A-Za-z0-9])/g, (m, at) => delimiters(at, m[0].length, 1, blank));
  each(ENTITY, (m, at) => {
    const value = entityValue(m[1]);
    if (value !== undefined) out.replace(at, at + m[0].length, value);
  });
}

const MASK = '\u0001';

function delimiters(at: number, length: number, size: number, blank: (a: number, b: number) => void): void {
  blank(at, at + size);
  blank(at + length - size, at + length);
}
