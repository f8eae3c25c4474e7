import { foldOf, foldTable, IDEOGRAPH } from './fold-table.js';

const utf16 = new TextDecoder('utf-16le');

/**
 * The text folded unit by unit for finding key words: traditional to simplified (來源 → 来源),
 * full-width to half-width (２０２２ → 2022), Latin lower case (SOURCE → source). Punctuation and
 * spaces stay as written. Same length and offsets as the text, so a match in it is a span of
 * the text. Pattern literals are folded the same way, so that they match it.
 */
export function keyText(text: string): string {
  const table = foldTable();
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c] === IDEOGRAPH ? foldOf(table, c) : table[c];
    out[i] = f || c;
  }
  return utf16.decode(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}
