// toTraditional writes the credit laiyuan inserts in a traditional-character article. A character
// whose traditional form depends on the word (发: 頭髮 but 發展) is left as it is, not guessed: a
// character by character conversion wrote 头发 as 頭發 and 干净 as 幹淨.
import { describe, expect, it } from 'vitest';
import { toTraditional, writtenTraditional } from '../../src/core/shared/traditional.js';

describe('toTraditional', () => {
  it('converts the credits laiyuan writes', () => {
    expect(toTraditional('来源:国际在线')).toBe('來源:國際在線');
    expect(toTraditional('转载自人民网')).toBe('轉載自人民網');
  });

  it('leaves the characters whose form depends on the word', () => {
    expect(toTraditional('头发')).toBe('頭发');
    expect(toTraditional('干净')).toBe('干淨');
    expect(toTraditional('面条')).toBe('面條');
    expect(toTraditional('台风')).toBe('台風');
    expect(toTraditional('公里')).toBe('公里');
  });

  it('leaves writtenTraditional as it reads (发 still a simplified-only form there)', () => {
    expect(writtenTraditional('發展')).toBe(true);
    expect(writtenTraditional('发展')).toBe(false);
  });
});
