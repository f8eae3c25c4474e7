import { describe, expect, it } from 'vitest';
import { isSpace, isSpaceCode, skipSpace, skipSpaceBack } from '../../src/core/metadata/chars.js';

// isSpace is read by the character's code for speed; it must stay the whitespace of /\s/u less the line breaks.
const SPACE = /\s/u;

describe('whitespace of a line', () => {
  it('is /\\s/u less \\n and \\r, for every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      const expected = c !== '\n' && c !== '\r' && SPACE.test(c);
      if (isSpace(c) !== expected || isSpaceCode(code) !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('is nothing past a text’s ends', () => {
    expect(isSpace(undefined)).toBe(false);
    expect(isSpaceCode('来'.charCodeAt(3))).toBe(false);
  });

  it('is skipped over padding (U+3000, NBSP, tabs) and stops at a line break', () => {
    const line = '2022-03-04\u3000\u00a0\t来源：国际在线\n';
    expect(skipSpace(line, 10, line.length)).toBe(13);
    expect(skipSpaceBack(line, 13, 0)).toBe(10);
    expect(skipSpace('来源 \n国际在线', 2, 8)).toBe(3);
  });
});
