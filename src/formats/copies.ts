// How reports name the archive's other copies of a finding's source (same-text.ts in the judge).
import type { FindingSource } from '../core/judge/types.js';

/** Ids named at most; the count says how many there are. */
const NAMED = 10;

/** 另见存档中 39 篇同文文章：t02、t03 … 等 (另见存档中至少 39 篇 when the candidates aligned were capped), or undefined when the source has no other copy. */
export function copiesLine(source: FindingSource | null): string | undefined {
  const copies = source?.alsoIn ?? [];
  if (copies.length === 0) return undefined;
  const ids = copies.slice(0, NAMED).map((c) => c.articleId).join('、');
  return `另见存档中${source?.alsoInPartial ? '至少' : ''} ${copies.length} 篇同文文章：${ids}${copies.length > NAMED ? ' 等' : ''}`;
}
