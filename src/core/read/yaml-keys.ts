import type { Document, isScalar, visit } from 'yaml';

/** yaml's own words for a repeated key, kept so messages read as they did. */
export const DUPLICATE_KEY = 'Map keys must be unique';

/**
 * Where a mapping repeats a key, in one pass: yaml's own check (`uniqueKeys`) compares each key
 * with every earlier one, which takes minutes on a map of 10,000 keys, so it is turned off and
 * this stands in for it. Keys are equal as yaml counts them: the same scalar value. `yaml` is the
 * yaml package, passed in: the read stage loads it only for front matter (parsers.ts).
 */
export function duplicateKeyOffsets(doc: Document, yaml: { isScalar: typeof isScalar; visit: typeof visit }): number[] {
  const { isScalar, visit } = yaml;
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return offsets;
}
