// How the reports name an index on a server they compared against (a file's is named by its header's hash).
import type { IndexFacts } from './options.js';

/** '服务器索引，第 3 代，更新于 2026-12-07T07:54:29.135Z': the generation each write raises, and when it was written. */
export function serverWords(index: IndexFacts): string {
  return `服务器索引，第 ${index.generation ?? '?'} 代${index.updated ? `，更新于 ${index.updated}` : ''}`;
}
