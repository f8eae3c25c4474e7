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
