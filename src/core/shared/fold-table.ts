import OpenCC from 'opencc-js';

/**
 * One entry per UTF-16 code unit: what it folds to for matching, or 0 when it is dropped
 * (punctuation, whitespace, symbols, controls). Built once: NFKC width folding, ASCII lower
 * case, and OpenCC's traditional-to-simplified table for single characters.
 */
let table: Uint16Array | undefined;

const KEEP = /[\p{L}\p{N}]/u;

export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c; // surrogates: astral letters are kept as they are
      continue;
    }
    const folded = String.fromCharCode(c).normalize('NFKC');
    const f = folded.length === 1 ? folded.charCodeAt(0) : c;
    if (!KEEP.test(String.fromCharCode(f))) continue;
    t[c] = f >= 65 && f <= 90 ? f + 32 : f;
  }
  foldTraditional(t);
  return t;
}

function foldTraditional(t: Uint16Array): void {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const ranges: Array<[number, number]> = [[0x3400, 0x9fff], [0xf900, 0xfaff]];
  const chars: number[] = [];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) if (t[c]) chars.push(t[c]);
  // one character per line, so that OpenCC's phrase rules never join two of them
  const source = chars.map((c) => String.fromCharCode(c)).join('\n');
  const converted = toSimplified(source).split('\n');
  if (converted.length !== chars.length) return;
  const simplified = new Map<number, number>();
  chars.forEach((c, i) => {
    const s = converted[i];
    if (s.length === 1 && s.charCodeAt(0) !== c) simplified.set(c, s.charCodeAt(0));
  });
  for (let c = 0; c < t.length; c++) {
    const s = simplified.get(t[c]);
    if (s !== undefined) t[c] = s;
  }
}
