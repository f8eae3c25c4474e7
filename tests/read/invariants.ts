import { expect } from 'vitest';
import type { Document } from '../../src/core/read/types.js';

/**
 * What every reader promises: `text` is as long as `raw`, and each character of it that is not
 * white space is the raw character at that offset, or the start of an entity ('&') or escape
 * ('\') it was decoded from (the low half of a surrogate pair one further on).
 */
export function expectTextOverRaw(doc: Document): void {
  expect(doc.text.length).toBe(doc.raw.length);
  const stray: string[] = [];
  for (let i = 0; i < doc.text.length; i++) {
    const t = doc.text[i];
    if (/\s/.test(t) || t === doc.raw[i]) continue;
    const decodedAt = (k: number) => doc.raw[k] === '&' || doc.raw[k] === '\\';
    const lowHalf = /[\uDC00-\uDFFF]/.test(t) && decodedAt(i - 1);
    if (!decodedAt(i) && !lowHalf) stray.push(`${i}: ${JSON.stringify(t)} over ${JSON.stringify(doc.raw[i])}`);
  }
  expect(stray).toEqual([]);
}
