// OpenCC's simplified → traditional (Taiwan) forms of single characters, as the lines --fix writes
// into a traditional-character file want them. Run by scripts/gen-traditional-data.mjs (which
// writes src/core/shared/traditional-data.ts) and by the test that checks the written data.
import OpenCC from 'opencc-js';
import { computeFoldTable } from './fold-table-source.mjs';

/** Pairs of a simplified character and its traditional form, as one string; only forms that fold back to the simplified one. */
export function computeTraditionalForms() {
  const fold = computeFoldTable();
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const chars = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // one character per line, so that OpenCC's phrase rules never join two of them
  const converted = toTraditional(chars.join('\n')).split('\n');
  if (converted.length !== chars.length) throw new Error('OpenCC changed the number of lines');
  let pairs = '';
  chars.forEach((s, i) => {
    const t = converted[i];
    if (t.length === 1 && t !== s && fold[t.charCodeAt(0)] === s.charCodeAt(0)) pairs += s + t;
  });
  return pairs;
}
