/** Pairs (doc, article) of places where k characters are the same, in document order: every seed, not only fingerprints. */
export function seedsOf(doc: string, art: string, k: number): Array<[number, number]> {
  const at = new Map<string, number[]>();
  for (let q = 0; q + k <= art.length; q++) at.set(art.slice(q, q + k), [...(at.get(art.slice(q, q + k)) ?? []), q]);
  const seeds: Array<[number, number]> = [];
  for (let p = 0; p + k <= doc.length; p++) for (const q of at.get(doc.slice(p, p + k)) ?? []) seeds.push([p, q]);
  return seeds;
}
