// Writes fixtures/paraphrase/: 洗稿 of corpus articles (synonyms for a quarter or two fifths of the
// words, clauses swapped, sentences split, merged and moved, numbers rewritten), each with its
// expected.json. Seeded: running it again writes the same files.
// Run: node scripts/make-paraphrase-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './accuracy/pages.mjs';
import { paraphrase } from './accuracy/paraphrase.mjs';
import { rng } from './accuracy/random.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}fixtures/paraphrase`;
mkdirSync(out, { recursive: true });
const CREDITS = ['来源：国际在线', '', '来源：本网综合', '来源：新华网', '（综合报道）'];
const r = rng(20261202);
const pages = readCorpus(root).filter((p) => !p.id.startsWith('cri-page'));
for (const share of [0.25, 0.4]) {
  for (const p of pages.slice(0, 12)) {
    const body = paraphrase(p.body, share, r);
    const title = `${p.title.split(/\s+/u)[0]}`;
    const text = [title, r.pick(CREDITS), '', ...body.flatMap((x) => [`　　${x}`, ''])].filter((l, i) => l !== '' || i > 1).join('\n');
    const name = `w${Math.round(share * 100)}-${p.id.replace(/^cri-/u, '')}.txt`;
    writeFileSync(`${out}/${name}`, `${text}\n`);
    writeFileSync(`${out}/${name}.expected.json`, `${JSON.stringify({ article: p.id, kind: 'edited', wordsReplaced: share, edits: ['synonyms', 'clauses swapped', 'sentences split and merged', 'sentences reordered', 'numbers rewritten'] }, null, 2)}\n`);
  }
}
console.log(`wrote ${out}`);
