import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../src/core/judge/markers.js';
import type { Pack } from '../../src/core/config/types.js';
import { CRI } from './cri-pack.js';

/** A pack compiled from a made-up notice whose HTML left a space in its marker: 本文为南江电子设计 原创文章，禁止转载。 */
const SPACED: Pack = {
  ...CRI,
  id: 'njdz',
  name: '南江电子设计',
  file: 'packs/njdz.yaml',
  publisher: { name: '南江电子设计', aliases: ['南江电子设计网'], clause: 1 },
  ownContent: { markers: ['南江电子设计 原创文章', 'NJ Design{place}报道'], thirdPartyMarkers: [], clause: 1 },
};

function values(text: string, pack: Pack): string[] {
  return findMarkers(text, pack).map((h) => h.value);
}

/** How much longer findMarkers takes over the text four times over than over it once (best of three each). */
function growth(text: string, pack: Pack): number {
  const cost = (t: string) => {
    const start = performance.now();
    findMarkers(t, pack);
    return performance.now() - start;
  };
  const least = (t: string) => Math.min(cost(t), cost(t), cost(t));
  cost(text);
  return least(text.repeat(4)) / least(text);
}

describe('own-content markers, spaces aside', () => {
  it('a marker compiled with a stray space matches the text without it, and with it', () => {
    expect(values('本文为南江电子设计原创文章，禁止转载。', SPACED)).toEqual(['南江电子设计原创文章']);
    expect(values('本文为南江电子设计 原创文章，禁止转载。', SPACED)).toEqual(['南江电子设计 原创文章']);
    expect(values('本文为南江电子设计\u00a0原创文章，禁止转载。', SPACED)).toEqual(['南江电子设计\u00a0原创文章']);
  });

  it('a marker written without spaces matches a text spaced between Chinese characters, or between Latin and Chinese', () => {
    expect(values('国际在线 北京消息（记者 李明）：全国两会今天在北京开幕。', CRI)).toEqual(['国际在线 北京消息']);
    expect(values('国际在线　专稿：中欧班列今年累计开行一万二千列。', CRI)).toEqual(['国际在线　专稿']);
    expect(values('南江 电子设计原创文章', SPACED)).toEqual(['南江 电子设计原创文章']);
    expect(values('NJ Design 长春报道：长春冰雪节今天开幕。', SPACED)).toEqual(['NJ Design 长春报道']);
  });

  it('keeps the space between Latin words, and reads no marker across a line break', () => {
    expect(values('NJDesign长春报道：长春冰雪节今天开幕。', SPACED)).toEqual([]);
    expect(values('本文为南江电子设计\n原创文章，禁止转载。', SPACED)).toEqual([]);
  });

  it('costs in proportion to the text however long its runs of spaces', () => {
    // each run of spaces read once: never two optional runs side by side, which would try every split of it
    const hostile = `南江电子设计${' '.repeat(2000)}原${' '.repeat(2000)}创，南江电子设计${' '.repeat(2000)}网 ${' '.repeat(2000)}X`.repeat(240);
    expect(growth(hostile, SPACED)).toBeLessThan(10);
  });
});

describe('a Latin name and its alias in a marker', () => {
  const LATIN: Pack = {
    ...SPACED,
    publisher: { name: 'NJ', aliases: ['NJ Design'], clause: 1 },
    ownContent: { markers: ['NJ{place}报道'], thirdPartyMarkers: [], clause: 1 },
  };

  it('reads the alias with its space, and a long run of spaces after the name in linear time', () => {
    expect(values('NJ Design 长春报道：长春冰雪节今天开幕。', LATIN)).toEqual(['NJ Design 长春报道']);
    const hostile = `NJ${' '.repeat(4000)}X，`.repeat(400);
    expect(growth(hostile, LATIN)).toBeLessThan(10);
  });
});
