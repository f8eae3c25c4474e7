/** Pairs (doc, article) of places where k characters are the same, in document order: every seed, not only fingerprints. */
export function seedsOf(doc: string, art: string, k: number): Array<[number, number]> {
  const at = new Map<string, number[]>();
  for (let q = 0; q + k <= art.length; q++) at.set(art.slice(q, q + k), [...(at.get(art.slice(q, q + k)) ?? []), q]);
  const seeds: Array<[number, number]> = [];
  for (let p = 0; p + k <= doc.length; p++) for (const q of at.get(doc.slice(p, p + k)) ?? []) seeds.push([p, q]);
  return seeds;
}

/** Pairs flat, (doc, article, doc, article, …), as seedRuns takes them: a new array, the pairs left as they are. */
export function flatSeeds(pairs: ReadonlyArray<readonly [number, number]>): Uint32Array {
  const flat = new Uint32Array(2 * pairs.length);
  pairs.forEach(([p, q], i) => ((flat[2 * i] = p), (flat[2 * i + 1] = q)));
  return flat;
}
