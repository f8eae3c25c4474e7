// FileIndexStore.commonAmong on an archive holding one 通稿 61 times over (more than
// match.maxPostings): the postings of the common fingerprints, for a few articles only, are those
// found in the articles' own texts (as narrowIndex finds them when the store has no answer), and
// a check through them finds what the whole index finds.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex, preparedArticle } from '../../src/core/match/corpus-index.js';
import { wantedHashes, winnow, winnowedAmong } from '../../src/core/match/fingerprint.js';
import { findReuse, matchText } from '../../src/core/match/index.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { buildArchive } from '../../src/io/archive.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { criPack, readAll } from '../helpers/corpus.js';
import { manyCopiesSite } from '../helpers/many-copies.js';

const MATCH = { ...DEFAULT_MATCH, boilerplateShare: 0.95 };
let site: string;
let file: string;

beforeAll(async () => {
  site = manyCopiesSite('laiyuan-among-');
  file = path.join(site, 'archive.lyx');
  const built = await buildArchive(file, [path.join(site, 'corpus')], { pack: await criPack(), match: MATCH, cwd: site, version: 'test' });
  expect(built.errors).toEqual([]);
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

const open = (preload: boolean) => FileIndexStore.open(file, 'archive.lyx', { cwd: site, preload });

/** By hash, [article id, position] pairs, from `keys`/`starts`/`article`/`position`. */
function pairsByHash(lists: { keys: Uint32Array; starts: Uint32Array; article: Uint32Array; position: Uint32Array }) {
  return [...lists.keys].map((hash, k) => [hash, Array.from({ length: lists.starts[k + 1] - lists.starts[k] }, (_, i) => [lists.article[lists.starts[k] + i], lists.position[lists.starts[k] + i]])]);
}

describe('the common fingerprints of a few articles, from an index file', () => {
  it('are those found in the articles’ texts, in article order, once all postings are read; bucket by bucket, not given', async () => {
    const [reprint] = await readAll([path.join(site, 'content/reprint.txt')]);
    const preloaded = open(true);
    const byBucket = open(false);
    const text = matchText(reprint, preloaded.boilerplate).text;
    const hashes = Uint32Array.from(new Set(winnow(text, MATCH.k, MATCH.window).hashes)).sort();
    const { common } = await preloaded.lookup(hashes, MATCH.maxPostings);
    expect(common.length).toBeGreaterThan(50);
    // every third article, copies of the 通稿 and other stories alike
    const ids = Uint32Array.from({ length: Math.ceil(preloaded.articleCount / 3) }, (_, i) => 3 * i);
    const got = await preloaded.commonAmong(common, ids);
    const expected = new Map([...common].map((hash) => [hash, [] as number[][]]));
    const wanted = wantedHashes(common);
    for (const [i, article] of (await preloaded.fetch([...ids])).entries()) {
      const norm = preparedArticle(article, preloaded.boilerplate, 0).norm.text;
      winnowedAmong(norm, MATCH.k, MATCH.window, wanted, (entry, position) => expected.get(common[entry])?.push([ids[i], position]));
    }
    expect(got && pairsByHash(got)).toEqual([...expected]);
    expect(got?.article.length).toBeGreaterThan(500);
    expect(await byBucket.commonAmong(common, ids)).toBeUndefined();
    await preloaded.close();
    await byBucket.close();
  });

  it('are the same for one, two or a handful of articles asked for, whether read through or searched article by article', async () => {
    const [reprint] = await readAll([path.join(site, 'content/reprint.txt')]);
    const store = open(true);
    const text = matchText(reprint, store.boilerplate).text;
    const hashes = Uint32Array.from(new Set(winnow(text, MATCH.k, MATCH.window).hashes)).sort();
    const { common } = await store.lookup(hashes, MATCH.maxPostings);
    const all = Uint32Array.from({ length: store.articleCount }, (_, i) => i);
    const every = await store.commonAmong(common, all);
    expect(every?.article.length).toBeGreaterThan(1000);
    // a common hash's 61 postings and more: searched for one or two articles, read through for many
    for (const ids of [[0], [5, 6], [1, 17, 40, 41, 60], Array.from({ length: 12 }, (_, i) => 5 * i)]) {
      const got = await store.commonAmong(common, Uint32Array.from(ids));
      const expected = every && pairsByHash(every).map(([hash, pairs]) => [hash, (pairs as number[][]).filter(([a]) => ids.includes(a))]);
      expect(got && pairsByHash(got), `articles ${ids.join(', ')}`).toEqual(expected);
    }
    await store.close();
  });

  it('narrow the index as the articles’ texts do: the reprint and the excerpt find what the whole index finds', async () => {
    const docs = await readAll([path.join(site, 'content')]);
    const preloaded = open(true);
    const byBucket = open(false);
    const whole = buildIndex(await preloaded.fetch(Array.from({ length: preloaded.articleCount }, (_, i) => i)), MATCH, preloaded.boilerplate.notice);
    for (const doc of docs) {
      const expected = findReuse(doc, whole);
      expect(expected.length).toBeGreaterThan(0);
      expect(findReuse(doc, await narrowIndex(doc, preloaded, MATCH))).toEqual(expected);
      expect(findReuse(doc, await narrowIndex(doc, byBucket, MATCH))).toEqual(expected);
    }
    await preloaded.close();
    await byBucket.close();
  });
});
