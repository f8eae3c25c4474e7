import type { ReuseKind } from '../core/types.js';

const USE_NAMES: Record<ReuseKind, string> = { reprint: '转载', excerpt: '摘编', edited: '改编' };

/** The notice's word for a kind of use. */
export function useName(kind: ReuseKind): string {
  return USE_NAMES[kind];
}
