// Speed and memory of the matching core on a synthetic archive built from the project's own
// fixtures: normalisation, fingerprinting, index build, and checking documents against it.
// Run: npm run bench (builds first). Options: --articles N (default 5000), --docs N (default 1000).
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../dist/core/match/corpus-index.js';
import { findReuse } from '../dist/core/match/index.js';
import { normalize } from '../dist/core/normalize/index.js';
import { winnow } from '../dist/core/match/fingerprint.js';
import { DEFAULT_MATCH } from '../dist/core/config/config.js';
import { numberArg } from './accuracy/args.mjs';
import { rng } from './accuracy/random.mjs';
import { readCorpus, readFiller } from './accuracy/pages.mjs';
import { COMMON, edits } from './accuracy/edits.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nArticles = numberArg('--articles', 5000);
const nDocs = numberArg('--docs', 1000);
const r = rng(42);

const pages = readCorpus(root);
const sentences = [...pages.flatMap((p) => p.body.join('').split(/(?<=[。！？])/u)), ...readFiller(root)].filter((s) => s.length > 10);
const doc = (text, path) => ({ path, format: 'text', raw: text, text, lineOffset: 0, fields: {}, fieldSpans: {} });

// Each synthetic article: 15-25 sentences of random common characters, as distinct from each
// other as different news stories are, in the fixture pages' navigation and footer.
const common = [...COMMON];
const sentence = () => `${Array.from({ length: r.int(15, 45) }, () => r.pick(common)).join('')}${r.pick(['，', '。', '。', '；'])}`;
function synthetic(i) {
  const body = Array.from({ length: r.int(15, 25) }, sentence).join('');
  return `${pages[i % pages.length].nav}\n标题${i}\n2024-01-01 10:00:00来源:国际在线责编:王晓\n${body}\n${pages[0].footer}`;
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const heap = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

const t0 = performance.now();
const texts = Array.from({ length: nArticles }, (_, i) => synthetic(i));
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`laiyuan speed bench  ${nArticles} articles, ${(chars / 1e6).toFixed(2)} M characters (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

normalize('预热');
let t = performance.now();
const norms = texts.map((x) => normalize(x));
let s = (performance.now() - t) / 1000;
console.log(`  normalise            ${(chars * 2 / 1e6 / s).toFixed(0)} MB/s (UTF-16)   ${s.toFixed(2)} s`);

t = performance.now();
let fps = 0;
for (const n of norms) fps += winnow(n.text, DEFAULT_MATCH.k, DEFAULT_MATCH.window).hashes.length;
s = (performance.now() - t) / 1000;
console.log(`  fingerprint          ${(chars / 1e6 / s).toFixed(1)} M chars/s   ${fps} fingerprints`);

const before = heap();
t = performance.now();
const articles = texts.map((text, i) => ({ id: `a${i}`, title: `标题${i}`, pack: 'cri', origin: { kind: 'own', source: '国际在线' }, doc: doc(text, `a${i}.txt`) }));
const index = buildIndex(articles, DEFAULT_MATCH, pages[0].footer);
s = (performance.now() - t) / 1000;
const postings = index.postArticle.length;
const indexBytes = index.keys.byteLength + index.starts.byteLength + index.postArticle.byteLength + index.postPosition.byteLength;
console.log(`  build index          ${s.toFixed(2)} s   ${(nArticles / s).toFixed(0)} articles/s   ${postings} postings, ${mb(indexBytes)} MiB typed arrays, heap +${mb(heap() - before)} MiB`);

const docs = Array.from({ length: nDocs }, (_, i) => {
  const kind = i % 4;
  if (kind === 3) return { text: Array.from({ length: 15 }, () => r.pick(sentences)).join(''), expect: null };
  const a = r.int(0, nArticles - 1);
  const body = texts[a].split('\n')[3];
  const text = kind === 0 ? body : kind === 1 ? edits.punctuation([body], r)[0] : `${r.pick(sentences)}${body.slice(0, 200)}${r.pick(sentences)}`;
  return { text: `转载标题\n来源：某网\n${text}`, expect: `a${a}` };
});
t = performance.now();
let found = 0;
let right = 0;
for (const d of docs) {
  const reuses = findReuse(doc(d.text, 'x.txt'), index);
  if (reuses.length > 0) found++;
  if (d.expect && reuses.some((x) => x.article.id === d.expect)) right++;
}
s = (performance.now() - t) / 1000;
console.log(`  check documents      ${(nDocs / s).toFixed(0)} docs/s   ${(s * 1000 / nDocs).toFixed(2)} ms/doc   ${found} of ${nDocs} with reuse found, ${right} of ${docs.filter((d) => d.expect).length} copies traced to their article`);
console.log(`  memory               rss ${mb(process.memoryUsage().rss)} MiB, heap ${mb(process.memoryUsage().heapUsed)} MiB`);
