/**
 * A stable 64-bit hash of a string, as 16 hex digits from two 32-bit lanes over its UTF-16 code
 * units: the first lane is 32-bit FNV-1a; the second, seeded with the length, mixes each unit and
 * the first lane with MurmurHash2's multiplier. Not FNV-1a 64 and not cryptographic. Baselines and
 * finding fingerprints store its output: changing it changes every stored fingerprint.
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
