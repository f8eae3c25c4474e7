// What an in-memory index holds of each article: a digest of its postings (to tell which kept
// articles a change of the archive's boilerplate altered), and the postings of chosen articles
// (to delete or write just those rows).
import type { CorpusIndex } from '../../core/match/corpus-index.js';
import { toSigned } from './ddl.js';

/** Per article: its postings' count and two order-free sums of mixed (hash, position) pairs. */
export interface Digests {
  count: Uint32Array;
  a: Uint32Array;
  b: Uint32Array;
}

type Postings = Pick<CorpusIndex, 'keys' | 'starts' | 'postArticle' | 'postPosition'>;

export function digestsOf(index: Postings, articles: number): Digests {
  const d: Digests = { count: new Uint32Array(articles), a: new Uint32Array(articles), b: new Uint32Array(articles) };
  for (let k = 0; k < index.keys.length; k++) {
    const hash = index.keys[k];
    for (let p = index.starts[k]; p < index.starts[k + 1]; p++) {
      const owner = index.postArticle[p];
      const position = index.postPosition[p];
      d.count[owner]++;
      d.a[owner] += Math.imul(hash ^ Math.imul(position, 0x9e3779b1), 0x85ebca6b);
      d.b[owner] += Math.imul((hash + Math.imul(position, 0xc2b2ae35)) ^ 0x27d4eb2f, 0x165667b1);
    }
  }
  return d;
}

export function sameDigest(x: Digests, i: number, y: Digests, j: number): boolean {
  return x.count[i] === y.count[j] && x.a[i] === y.a[j] && x.b[i] === y.b[j];
}

/** The distinct (hash as stored, article id) pairs of the postings of the articles `ids` gives an id to. */
export function pairsOf(index: Postings, ids: ReadonlyMap<number, number>): { hashes: number[]; articles: number[] } {
  const seen = new Set<string>();
  const hashes: number[] = [];
  const articles: number[] = [];
  for (let k = 0; k < index.keys.length; k++) {
    for (let p = index.starts[k]; p < index.starts[k + 1]; p++) {
      const id = ids.get(index.postArticle[p]);
      if (id === undefined || seen.has(`${index.keys[k]}:${id}`)) continue;
      seen.add(`${index.keys[k]}:${id}`);
      hashes.push(toSigned(index.keys[k]));
      articles.push(id);
    }
  }
  return { hashes, articles };
}
