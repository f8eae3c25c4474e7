// How much a document's lookup brings back from an index file: per document, its distinct
// fingerprints, the postings found for them, the articles those name, and how many of the
// postings belong to fingerprints standing in more than 1,000 and 5,000 articles. Means over
// the first N files of a folder (default 40).
// Run: node scripts/scale/lookup-volume.mjs <index.lyx> <folder> [N]   (after npm run build)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MATCH } from '../../dist/core/config/config.js';
import { winnow } from '../../dist/core/match/fingerprint.js';
import { matchText } from '../../dist/core/match/index.js';
import { FileIndexStore } from '../../dist/io/index-file.js';
import { readDocuments } from '../../dist/io/read-file.js';

const [index, folder, n = '40'] = process.argv.slice(2);
const store = FileIndexStore.open(index, index, { cwd: process.cwd() });
const sums = { fingerprints: 0, found: 0, postings: 0, articles: 0, over1000: 0, over5000: 0, postingsOver1000: 0 };
const files = readdirSync(folder).sort().slice(0, Number(n));
for (const file of files) {
  const read = await readDocuments(path.join(folder, file), { displayPath: file });
  if (!read.ok) continue;
  const norm = matchText(read.documents[0], store.boilerplate);
  const hashes = Uint32Array.from(new Set(winnow(norm.text, DEFAULT_MATCH.k, DEFAULT_MATCH.window).hashes)).sort();
  const found = await store.lookup(hashes);
  sums.fingerprints += hashes.length;
  sums.found += found.keys.length;
  sums.postings += found.article.length;
  sums.articles += new Set(found.article).size;
  for (let k = 0; k < found.keys.length; k++) {
    const length = found.starts[k + 1] - found.starts[k];
    if (length > 1000) (sums.over1000++, (sums.postingsOver1000 += length));
    if (length > 5000) sums.over5000++;
  }
}
await store.close();
const mean = (x) => Math.round(x / files.length).toLocaleString('en-US');
console.log(
  `${index}: ${store.articleCount.toLocaleString('en-US')} articles, ${files.length} documents; per document: ${mean(sums.fingerprints)} fingerprints, ${mean(sums.found)} found, ` +
    `${mean(sums.postings)} postings naming ${mean(sums.articles)} articles; ${mean(sums.over1000)} fingerprints stand in over 1,000 articles (${((100 * sums.postingsOver1000) / Math.max(1, sums.postings)).toFixed(0)} % of the postings), ${mean(sums.over5000)} in over 5,000`,
);
