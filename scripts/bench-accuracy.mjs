// Accuracy of reuse detection on a labelled set built from the project's own fixtures by
// seeded random edits. Prints recall per kind, false positives and the right-source share.
// Run: npm run bench:accuracy (builds first). Options: --seed N, --per-page N (scale).
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../dist/core/match/corpus-index.js';
import { findReuse } from '../dist/core/match/index.js';
import { DEFAULT_MATCH } from '../dist/core/config/config.js';
import { numberArg } from './accuracy/args.mjs';
import { rng } from './accuracy/random.mjs';
import { readCorpus, readFiller } from './accuracy/pages.mjs';
import { makeSet } from './accuracy/labelled-set.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = numberArg('--seed', 20261128);
const scale = numberArg('--per-page', 3);

const pages = readCorpus(root);
const filler = readFiller(root);
const notice = pages[0].footer;
const doc = (text, path) => ({ path, format: 'text', raw: text, text, lineOffset: 0, fields: {}, fieldSpans: {} });
const articleOf = (p) => ({ id: p.id, title: p.title, pack: 'cri', origin: { kind: 'own', source: '国际在线' }, doc: doc(p.text, `${p.id}.txt`) });

const t0 = performance.now();
const full = buildIndex(pages.map(articleOf), DEFAULT_MATCH, notice);
const without = new Map(pages.map((p) => [p.id, buildIndex(pages.filter((q) => q !== p).map(articleOf), DEFAULT_MATCH, notice)]));
const set = makeSet(pages, filler, rng(seed), scale);

const tally = {};
const count = (key, ok) => {
  tally[key] ??= { n: 0, ok: 0 };
  tally[key].n++;
  if (ok) tally[key].ok++;
};
const misses = [];
let docs = 0;
for (const item of set.positives) {
  const found = findReuse(doc(item.text, 'x.txt'), full);
  docs++;
  const hit = found.find((r) => r.article.id === item.article);
  count(`recall ${item.label}`, Boolean(hit));
  if (!hit && misses.length < 8) misses.push(`${item.label} ${item.article} [${item.edits.join(', ')}]${process.env.DEBUG ? `\n${item.excerpt ?? ''}` : ''}`);
  if (hit) {
    // a heavy edit's changed share lies near match.editedShare: either side of it is right
    const kindRight = hit.kind === item.kind || (item.strength === 'heavy' && item.label === 'reprint' && ['reprint', 'edited'].includes(hit.kind));
    count(`kind right ${item.label}`, kindRight);
    count('kind right (all)', kindRight);
    count('right source', found.every((r) => r.article.id === item.article));
    if (process.env.DEBUG && hit.kind !== item.kind) console.log(`kind ${item.label}→${hit.kind} cov ${hit.coverage.toFixed(2)} sim ${hit.similarity.toFixed(2)} [${item.edits}]`);
  }
  // the same document against the corpus without its article: anything found is a false match
  const stray = findReuse(doc(item.text, 'x.txt'), without.get(item.article));
  docs++;
  count('false positive (leave-one-out)', stray.length > 0);
  count(`false positive (leave-one-out ${item.label})`, stray.length > 0);
}
for (const item of set.negatives) {
  const found = findReuse(doc(item.text, 'x.txt'), full);
  docs++;
  count(`false positive (${item.label})`, found.length > 0);
  if (found.length > 0 && misses.length < 16) misses.push(`FP ${item.label}: ${found.map((r) => r.article.id).join(',')}`);
}
const seconds = (performance.now() - t0) / 1000;

const rate = (k) => (tally[k] ? tally[k].ok / tally[k].n : NaN);
const fpKeys = Object.keys(tally).filter((k) => k.startsWith('false positive') && !k.startsWith('false positive (leave-one-out '));
const fp = fpKeys.reduce((a, k) => a + tally[k].ok, 0) / fpKeys.reduce((a, k) => a + tally[k].n, 0);
console.log(`laiyuan accuracy bench  seed ${seed}  ${pages.length} corpus articles  ${docs} comparisons in ${seconds.toFixed(1)} s`);
for (const [k, v] of Object.entries(tally)) console.log(`  ${k.padEnd(38)} ${(v.ok / v.n).toFixed(4)}  (${v.ok}/${v.n})`);
const bars = [
  ['reprint recall', rate('recall reprint'), (x) => x >= 0.999, '≥ 0.999'],
  ['excerpt recall', rate('recall excerpt'), (x) => x >= 0.99, '≥ 0.99'],
  ['edited recall', rate('recall edited'), () => true, '(reported)'],
  ['scattered recall', rate('recall scattered excerpt'), (x) => x >= 0.98, '≥ 0.98'],
  ['paraphrase-10 recall', rate('recall paraphrase-10'), () => true, '(reported)'],
  ['paraphrase-25 recall', rate('recall paraphrase-25'), (x) => x >= 0.99, '≥ 0.99'],
  ['paraphrase-40 recall', rate('recall paraphrase-40'), (x) => x >= 0.9, '≥ 0.9'],
  ['numbers rewritten', rate('recall numbers rewritten'), () => true, '(reported)'],
  ['split/merge/move', rate('recall split/merge/move'), () => true, '(reported)'],
  ['kind right', rate('kind right (all)'), (x) => x >= 0.97, '≥ 0.97'],
  ['false-positive rate', fp, (x) => x <= 0.001, '≤ 0.001'],
  ['right source share', rate('right source'), () => true, '(reported)'],
];
let failed = false;
for (const [name, value, ok, bar] of bars) {
  const pass = ok(value);
  failed ||= !pass;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(22)} ${value.toFixed(4)}  ${bar}`);
}
for (const m of misses) console.log(`  miss: ${m}`);
process.exitCode = failed ? 1 : 0;
