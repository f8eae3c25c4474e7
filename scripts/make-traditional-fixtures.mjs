// Writes the traditional-character reuse fixtures: each job converts a whole document (a reuse
// fixture or a corpus page) with opencc-js cn2t, and its expected.json with it.
// Usage: node scripts/make-traditional-fixtures.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cn2t = OpenCC.Converter({ from: 'cn', to: 't' });
const TRADITIONAL = 'traditional characters: whole document converted with opencc-js cn2t';

// from: a path under fixtures/. A reuse fixture brings its expected.json; a corpus page needs `expected`.
const JOBS = [
  { from: 'reuse/r05-yijian-sixing-xinhuashe.txt', to: 'reuse/r59-yijian-sixing-traditional.txt' },
  { from: 'reuse/r17-gutai-synonyms.txt', to: 'reuse/r60-gutai-synonyms-traditional.txt' },
  { from: 'reuse/r31-dongmeng-excerpt-commentary.md', to: 'reuse/r61-dongmeng-excerpt-traditional.md' },
  {
    from: 'corpus/cri/cri-09-zaolin-zhongcao-senlin-fugailv.txt',
    to: 'reuse/r62-zaolin-mirror-traditional.txt',
    expected: {
      article: 'cri-09-zaolin-zhongcao-senlin-fugailv',
      kind: 'reprint',
      edits: ['whole 国际在线 page copied with its navigation, header line and notice footer (mirror)', 'attribution: 來源:國際在線 as on the page'],
      copied: [
        '3月12日是我国第46个植树节',
        '城市绿化同样取得明显进展',
        '以前一刮风，沙子能埋到窗台，现在沙地上长出了草和树，羊也有得吃了',
      ],
    },
  },
  { from: 'reuse/r08-lishu-halfwidth-punct.txt', to: 'reuse/r63-lishu-halfwidth-traditional.txt' },
  { from: 'reuse/r11-hanchao-fullwidth-digits.txt', to: 'reuse/r64-hanchao-fullwidth-traditional-crlf.txt', crlf: true },
  { from: 'reuse/s01-seed-cnjiwang-reprint.txt', to: 'reuse/s07-seed-traditional.txt' },
  { from: 'reuse/s04-seed-excerpt-keji.html', to: 'reuse/s08-seed-excerpt-traditional.html' },
];

for (const job of JOBS) {
  const source = readFileSync(join(fixtures, job.from), 'utf8');
  const sidecar = join(fixtures, `${job.from}.expected.json`);
  const base = job.expected ?? (existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : undefined);
  if (!base) throw new Error(`${job.from}: no expected.json and no expected in the job`);
  let text = cn2t(source);
  const edits = [...base.edits.map(cn2t), TRADITIONAL];
  if (job.crlf) {
    text = text.replace(/\r?\n/g, '\r\n');
    edits.push('whitespace: CRLF line endings');
  }
  const copied = base.copied.map(cn2t);
  for (const c of copied) if (!text.includes(c)) throw new Error(`${job.to}: copied sentence not in the converted text: ${c}`);
  writeFileSync(join(fixtures, job.to), text);
  const expected = { article: base.article, kind: base.kind, edits, copied };
  writeFileSync(join(fixtures, `${job.to}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${job.to} (from ${job.from})`);
}
