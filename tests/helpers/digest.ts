// A day's digest of news reposts: the reprints of fixtures/reuse one after another, as a site's
// export or a scraped page holds them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.js';

/**
 * About `bytes` of the text reprints, each after a blank line; `oneLine`: with no line break at
 * all, each reprint's lines run together (a page saved as one line, a JSON-ish dump).
 */
export function reprintDigest(bytes: number, oneLine = false): string {
  const dir = path.join(ROOT, 'fixtures/reuse');
  const texts = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(dir, n), 'utf8'));
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const text = texts[i % texts.length];
    parts.push(oneLine ? text.replace(/\r\n|\r|\n/gu, '') : text);
    size += Buffer.byteLength(text);
  }
  return parts.join(oneLine ? '' : '\n\n');
}
