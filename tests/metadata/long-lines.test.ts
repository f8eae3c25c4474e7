import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { findMarkers, isThirdPartyMarked } from '../../src/core/judge/markers.js';
import { textDoc } from '../helpers/docs.js';
import { CRI } from './cri-pack.js';

const LENGTH = 200_000;

function line(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

// Lines built to make a backtracking pattern blow up: each must still give the right answer.
describe('200,000-character lines', () => {
  it.each([
    ['来源 repeated', line('来源')],
    ['据 repeated', line('据')],
    ['记者 repeated', line('记者')],
    ['brackets', line('（（记者')],
    ['digits', line('2022')],
    ['date-like', line('2022-')],
    ['原标题 repeated', line('原标题')],
    ['colons', line('来源：')],
  ])('%s yields no metadata', (_why, text) => {
    const meta = extractMetadata(textDoc(text));
    expect(meta).toEqual({ sources: [], originalTitle: undefined, authors: [], editors: [], dates: [] });
  });

  it('finds the one attribution at the start of a huge paragraph', () => {
    const text = `来源：新华社 ${line('据报道，会议指出，要坚持来源于实践的经验。')}`;
    expect(extractMetadata(textDoc(text)).sources.map((s) => s.value)).toEqual(['新华社']);
  });

  it('finds markers in a huge line of near-misses', () => {
    const text = `国际在线北京消息：${line('国际在线的北京')}`;
    expect(findMarkers(text, CRI).map((m) => m.value)).toEqual(['国际在线北京消息']);
    expect(findMarkers(line('国际在线'), CRI)).toEqual([]);
  });

  it('checks third-party words in a huge line', () => {
    expect(isThirdPartyMarked(line('非国际在线第三方版权'), CRI)).toBe(false);
  });
});

// Many short lines, each sending a reader far ahead or back: a quote never closed after 微信公众号 or
// 来源：, searched for to the text's end on every line, and 据 on lines after many blank ones, each
// reading the blank ones again. Quadratic before (17 s at 65,536 lines of the first; 26 s at 400,000
// blank lines): the test's time-out is the guard, the answers must be those of short texts.
describe('many lines that once made a reader quadratic', () => {
  const LINES = 131_072;

  it('a quote never closed on each line: each credit read as on its own', () => {
    for (const unit of ['来源：微信公众号“侠客岛\n', '来源：“侠客岛\n']) {
      const one = extractMetadata(textDoc(unit)).sources.map((s) => s.value);
      const many = extractMetadata(textDoc(unit.repeat(LINES))).sources;
      expect(many.length).toBe(LINES * one.length);
      expect(new Set(many.map((s) => s.value))).toEqual(new Set(one));
    }
  });

  it('据 on lines after 400,000 blank ones: read as without them', () => {
    const body = '今天据新华社电\n'.repeat(20_000);
    const plain = extractMetadata(textDoc(body)).sources.map((s) => s.value);
    const blank = extractMetadata(textDoc('\n'.repeat(400_000) + body)).sources.map((s) => s.value);
    expect(blank).toEqual(plain);
  });
});
