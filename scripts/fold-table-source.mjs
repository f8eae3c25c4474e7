// The fold table as laiyuan's normalisation wants it, computed from Node's NFKC and OpenCC's
// traditional-to-simplified table. Run by scripts/gen-fold-data.mjs (which writes
// src/core/shared/fold-data.ts) and by the test that checks the written data is still this table.
import OpenCC from 'opencc-js';

const KEEP = /[\p{L}\p{N}]/u;

export function computeFoldTable() {
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

function foldTraditional(t) {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const ranges = [[0x3400, 0x9fff], [0xf900, 0xfaff]];
  const chars = [];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) if (t[c]) chars.push(t[c]);
  // one character per line, so that OpenCC's phrase rules never join two of them
  const converted = toSimplified(chars.map((c) => String.fromCharCode(c)).join('\n')).split('\n');
  if (converted.length !== chars.length) throw new Error('OpenCC changed the number of lines');
  const simplified = new Map();
  chars.forEach((c, i) => {
    const s = converted[i];
    if (s.length === 1 && s.charCodeAt(0) !== c) simplified.set(c, s.charCodeAt(0));
  });
  for (let c = 0; c < t.length; c++) {
    const s = simplified.get(t[c]);
    if (s !== undefined) t[c] = s;
  }
}

/** The table as runs: n > 0 keeps n characters as they are, n < 0 drops −n, 0 then m maps one character to m. */
export function encodeRuns(t) {
  const out = [];
  for (let c = 0; c < t.length; ) {
    if (t[c] !== c && t[c] !== 0) {
      out.push(0, t[c]);
      c++;
      continue;
    }
    const keep = t[c] === c;
    let n = 0;
    while (c < t.length && (keep ? t[c] === c : t[c] === 0 && c !== 0) ) { n++; c++; }
    if (n === 0) { out.push(-1); c++; continue; }
    out.push(keep ? n : -n);
  }
  return out;
}
