import { distance } from 'fastest-levenshtein';

/** 1 − edit distance / longer length: 1 for equal texts, 0 for texts with nothing in common. */
export function similarity(a: string, b: string): number {
  return similarityBetween(a, 0, a.length, b, 0, b.length);
}

/** similarity of a[aStart, aEnd) and b[bStart, bEnd), read in place. */
export function similarityBetween(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
  const longer = Math.max(aEnd - aStart, bEnd - bStart);
  return longer === 0 ? 1 : 1 - distanceBetween(a, aStart, aEnd, b, bStart, bEnd) / longer;
}

/**
 * The edit distance of a[aStart, aEnd) and b[bStart, bEnd). A prefix or suffix both share changes
 * no edit distance, so only what lies between them is measured (and sliced): a sentence copied
 * word for word, most of those compared, costs one pass, not a quadratic one.
 */
export function distanceBetween(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
  let i = aStart;
  let j = bStart;
  while (i < aEnd && j < bEnd && a.charCodeAt(i) === b.charCodeAt(j)) i++, j++;
  let x = aEnd;
  let y = bEnd;
  while (x > i && y > j && a.charCodeAt(x - 1) === b.charCodeAt(y - 1)) x--, y--;
  if (x === i || y === j) return Math.max(x - i, y - j);
  return distance(a.slice(i, x), b.slice(j, y));
}
