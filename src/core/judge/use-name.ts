import type { ReuseKind } from '../match/types.js';

const USE_NAMES: Record<ReuseKind, string> = { reprint: '转载', excerpt: '摘编', edited: '改编' };

/** The notice's word for a kind of use: 转载, 摘编, 改编 (for messages, and for people reading a report). */
export function useName(kind: ReuseKind): string {
  return USE_NAMES[kind];
}
