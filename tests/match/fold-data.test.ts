// The fold table laiyuan ships (generated at build time) is the one Node's NFKC and OpenCC give now.
import { describe, expect, it } from 'vitest';
import { foldTable, IDEOGRAPH, withIdeographs } from '../../src/core/shared/fold-table.js';
import { normalize } from '../../src/core/normalize/index.js';
// @ts-expect-error: a plain .mjs script without types
import { computeFoldTable } from '../../scripts/fold-table-source.mjs';

describe('fold table', () => {
  it('folds traditional ideographs only once a text holds one', () => {
    expect(normalize('国际在线报道：ＡＢＣ１２３').text).toBe('国际在线报道abc123');
    expect(foldTable()['國'.charCodeAt(0)]).toBe(IDEOGRAPH);
    expect(normalize('國際').text).toBe('国际');
    expect(foldTable()['國'.charCodeAt(0)]).toBe('国'.charCodeAt(0));
  });

  it('equals the table computed from NFKC and OpenCC (run scripts/gen-fold-data.mjs when this fails)', () => {
    const computed = computeFoldTable() as Uint16Array;
    const shipped = withIdeographs();
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (computed[c] !== shipped[c]) differing.push(c.toString(16));
    expect(differing.slice(0, 20)).toEqual([]);
  });

  it('folds traditional characters, full-width letters and digits, and drops punctuation', () => {
    expect(normalize('國際在線報導：ＡＢＣ１２３，「經濟」發展。').text).toBe('国际在线报导abc123经济发展');
  });
});
