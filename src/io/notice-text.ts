// The notice's words on their own (corpus-read.ts re-exports them): a run with no corpus folder
// loads no corpus reader.
import type { Pack } from '../core/config/types.js';

/** The words of the publisher's notice, which are never content of an article. */
export function noticeText(pack: Pack): string {
  return [pack.notice.title ?? '', ...pack.clauses.map((c) => c.quote)].filter((s) => s !== '').join('\n');
}
