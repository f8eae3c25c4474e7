// UTF-16 units gathered in a typed array, made a string.

const utf16 = new TextDecoder('utf-16le');

/** Whether a UTF-16 unit is a surrogate (half of a pair, or lone). */
export const isSurrogate = (unit: number): boolean => (unit & 0xf800) === 0xd800;

/**
 * units[0, length) as a string. Copied by Buffer (a third of the time of TextDecoder, which goes
 * through ICU for UTF-16) unless a surrogate is among them (`surrogates`): TextDecoder turns a lone
 * one into U+FFFD, as normalised and key text always had it (fingerprints in index files were made
 * so), where Buffer keeps it.
 */
export function unitsText(units: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return Buffer.from(units.buffer, units.byteOffset, 2 * length).toString('utf16le');
  const view = units.subarray(0, length);
  return utf16.decode(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}
