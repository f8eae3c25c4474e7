// A page of thousands of 来源 lines and no body (a site's list of reprints, an export of credits):
// where each credit stands, and whether it stands alone on its line, is found from what the page
// gives once, never read again from the page's start for each credit. Counted, not timed: the
// characters each string iteration, split and regular expression run passes over.
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/config/types.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { bodyStart } from '../../src/core/metadata/body.js';
import { documentLines, splitLines } from '../../src/core/shared/lines.js';
import { creditAtTop } from '../../src/rules/credit-position.js';
import { standsAlone } from '../../src/rules/fixes.js';
import { charactersRead } from '../helpers/characters-read.js';
import { documentOf } from './harness.js';

type Attribution = NonNullable<Pack['attribution']>;
const NEW: Attribution = { required: '来源:国际在线', accepted: [], position: 'top', topChars: 40, topLines: 5, clause: 3 };
const OLD: Attribution = { required: '来源:国际在线', accepted: [], position: 'top', topLines: 2, clause: 3 };

const SOURCES = ['国际在线', '新华社', '央视新闻客户端', '人民日报', 'CRI Online', '中国日报网', '𠮷林日报'];

/** `n` credit lines, a blank line every so often, as a list page of reprints gives them. */
function creditPage(n: number, eol = '\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`来源：${SOURCES[i % SOURCES.length]}`, ...(i % 9 === 4 ? ['　'] : []));
  return lines.join(eol);
}

function creditStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('来源'); at >= 0; at = text.indexOf('来源', at + 1)) starts.push(at);
  return starts;
}

/** The visible characters above an offset, counted from the text's start (as before). */
function charsBefore(text: string, offset: number): number {
  let n = 0;
  for (const c of text.slice(0, offset)) if (/[\p{L}\p{N}]/u.test(c)) n++;
  return n;
}

/** The lines with text up to the one holding an offset, counted from the text's start (as before). */
function linesTo(text: string, offset: number): number {
  let n = 0;
  for (const span of splitLines(text)) {
    if (text.slice(span.start, span.end).trim() !== '') n++;
    if (span.end >= offset) break;
  }
  return Math.max(1, n);
}

describe('credits on a page with no body', () => {
  it('are at the top within topChars visible characters, or topLines lines with text, as counting from the start says', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = creditPage(60, eol);
      const doc = documentOf(text);
      const metadata = extractMetadata(doc);
      expect(bodyStart(doc, metadata)).toBeUndefined();
      for (const topChars of [0, 1, 40, 57, 10_000]) {
        for (const offset of [0, ...creditStarts(text)]) {
          expect(creditAtTop(doc, metadata, offset, { ...NEW, topChars }), `${topChars} ${offset}`).toBe(charsBefore(text, offset) <= topChars);
        }
      }
      for (const topLines of [1, 2, 9, 10_000]) {
        for (const offset of creditStarts(text)) expect(creditAtTop(doc, metadata, offset, { ...OLD, topLines }), `${topLines} ${offset}`).toBe(linesTo(text, offset) <= topLines);
      }
    }
  });

  it('a credit after a character beyond the BMP: the character counts once, and only once it is all above the credit', () => {
    const text = '𠮷来源：国际在线';
    const doc = documentOf(text);
    const metadata = extractMetadata(doc);
    expect(creditAtTop(doc, metadata, 2, { ...NEW, topChars: 0 })).toBe(false);
    expect(creditAtTop(doc, metadata, 1, { ...NEW, topChars: 0 })).toBe(true);
    expect(creditAtTop(doc, metadata, 2, { ...NEW, topChars: 1 })).toBe(true);
  });

  it.each([
    ['topChars', NEW],
    ['topLines', OLD],
  ])('5,000 of them are placed (%s) reading the page a few times, not once a credit', async (_bound, attribution) => {
    const text = creditPage(5000);
    const doc = documentOf(text);
    const metadata = extractMetadata(doc);
    expect(bodyStart(doc, metadata)).toBeUndefined();
    const starts = creditStarts(text);
    const { value, read } = await charactersRead(() => starts.map((offset) => creditAtTop(doc, metadata, offset, attribution)), { regex: true });
    const above = starts.slice(0, 20).map((offset) => (attribution === NEW ? charsBefore(text, offset) <= 40 : linesTo(text, offset) <= 2));
    expect(value).toEqual([...above, ...starts.slice(20).map(() => false)]);
    expect(above).toContain(true);
    // before: each credit read the page from its start, 2,500 times its length in all
    expect(read).toBeLessThan(4 * text.length);
  });
});

describe('a credit standing alone on its line', () => {
  it('is all the line holds, brackets round either aside', () => {
    const text = ['标题（来源：国际在线）', '（（来源：国际在线）', '　【来源：国际在线】】 ', '来源：国际在线）文', '】】', '来源：国际在线'].join('\n');
    const doc = documentOf(text);
    const alone = creditStarts(text).map((start) => standsAlone(doc, { start, end: start + '来源：国际在线'.length }));
    expect(alone).toEqual([false, true, true, false, true]);
    const closers = text.lastIndexOf('】】');
    expect(standsAlone(doc, { start: closers, end: closers + 1 })).toBe(true);
    expect(standsAlone(doc, { start: closers, end: closers + 3 })).toBe(false);
  });

  it('is told without a regular expression run over the line: a long run of closing brackets would backtrack', async () => {
    const credit = '来源：国际在线';
    const text = `标题\n${credit}${'）'.repeat(20_000)}。\n${credit}${'】'.repeat(20_000)}`;
    const doc = documentOf(text);
    documentLines(doc);
    const spans = creditStarts(text).map((start) => ({ start, end: start + credit.length }));
    const { value, read } = await charactersRead(() => spans.map((span) => standsAlone(doc, span)), { regex: true });
    expect(value).toEqual([false, true]);
    expect(read).toBe(0);
  });
});
