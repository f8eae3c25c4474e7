import { foldOf, foldTable, IDEOGRAPH } from './fold-table.js';
import { isSurrogate, unitsText } from './units.js';

/**
 * The text folded unit by unit for finding key words: traditional to simplified (來源 → 来源),
 * full-width to half-width (２０２２ → 2022), Latin lower case (SOURCE → source). Punctuation and
 * spaces stay as written. Same length and offsets as the text, so a match in it is a span of
 * the text. Pattern literals are folded the same way, so that they match it.
 */
export function keyText(text: string): string {
  const table = foldTable();
  // most text folds to itself (simplified Chinese, ASCII digits, punctuation kept): read, not copied
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c];
    if ((f !== 0 && f !== c) || (c & 0xf800) === 0xd800) return folded(text, table);
  }
  return text;
}

function folded(text: string, table: Uint16Array): string {
  const out = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c] === IDEOGRAPH ? foldOf(table, c) : table[c];
    const unit = f || c;
    out[i] = unit;
    if (unit >= 0xd800) surrogates ||= isSurrogate(unit);
  }
  return unitsText(out, text.length, surrogates);
}
