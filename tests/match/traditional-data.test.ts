// The traditional forms --fix writes (generated at build time) are the ones OpenCC gives now, and
// each folds back to the simplified character, so that a line written in them matches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_FORMS } from '../../src/core/shared/traditional-data.js';
import { toSimplified, toTraditional, writtenTraditional } from '../../src/core/shared/traditional.js';
// @ts-expect-error: a plain .mjs script without types
import { computeTraditionalForms } from '../../scripts/traditional-forms-source.mjs';

const article = readFileSync(new URL('../../fixtures/reuse/r04-changbaishan-no-attribution.txt', import.meta.url), 'utf8');

describe('traditional forms', () => {
  it('equal the forms computed from OpenCC (run scripts/gen-traditional-data.mjs when this fails)', () => {
    expect(TRADITIONAL_FORMS === computeTraditionalForms()).toBe(true);
  });

  it('turn a 来源 line into traditional characters and back, punctuation as written', () => {
    expect(toTraditional('来源：国际在线、新华社')).toBe('來源：國際在線、新華社');
    expect(toSimplified('來源：國際在線、新華社')).toBe('来源：国际在线、新华社');
  });

  it('tell a traditional-character article from a simplified one', () => {
    expect(writtenTraditional(article)).toBe(false);
    expect(writtenTraditional(toTraditional(article))).toBe(true);
  });

  it('count the characters of each script, whatever else a line holds', () => {
    const quoted = `${article}\n台媒報導：「長白山景區遊客創新高」`;
    expect(writtenTraditional(quoted)).toBe(false);
    expect(writtenTraditional(`${toTraditional(article)}\n来源：国际在线`)).toBe(true);
    // characters outside the BMP (𠮷, 😀) and those both scripts share (中, 的) tip neither way
    expect(writtenTraditional('𠮷野家😀中的國')).toBe(true);
    expect(writtenTraditional('𠮷野家😀中的国')).toBe(false);
    expect(writtenTraditional('國国')).toBe(false);
  });
});
