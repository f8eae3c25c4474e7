// The benches' archive on disk: articles 0..n-1 of a seed, one .txt each up to `oneFileUpTo`
// articles, JSON Lines files of 1,000 records (part-0000.jsonl, …) beyond.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { article } from './generate.mjs';

/** Writes the archive into `dir`; returns the bytes written. */
export function writeArchive(dir, seed, n, oneFileUpTo) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  if (n <= oneFileUpTo) {
    for (let i = 0; i < n; i++) {
      const a = article(seed, i);
      writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    return bytes;
  }
  for (let f = 0; f < n; f += 1000) {
    const records = [];
    for (let i = f; i < Math.min(n, f + 1000); i++) {
      const a = article(seed, i);
      records.push(JSON.stringify({ id: a.id, title: a.title, date: a.date, source: a.source, content: a.text }));
    }
    const text = `${records.join('\n')}\n`;
    writeFileSync(path.join(dir, `part-${String(f / 1000).padStart(4, '0')}.jsonl`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
