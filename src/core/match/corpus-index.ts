import type { Article } from './types.js';
import type { MatchOptions } from '../config/types.js';
import { boilerplateBar, findBoilerplate, maskedSpans, maskedText, type Boilerplate } from './boilerplate.js';
import { hiddenArticles, mayBeHidden, type HiddenArticles } from './hidden.js';
import { winnow } from './fingerprint.js';
import { normalize, normalizeLines, withoutSpans, type NormText, type Told } from '../normalize/index.js';
import { BREAK_MARKS, breakStarts, startsFromGaps } from './sentences.js';
import { GrowableU32 as Growable } from '../shared/growable.js';
import { MapOnDemand } from './map-on-demand.js';

export interface IndexedArticle {
  article: Article;
  /** The article's normalised text, boilerplate lines masked. */
  norm: NormText;
  sentences: Uint32Array;
  clauses: Uint32Array;
  fingerprints: number;
}

/**
 * An inverted index from fingerprint to (article, position), in typed arrays:
 * the postings of keys[i] are [starts[i], starts[i + 1]) of postArticle/postPosition.
 */
export interface CorpusIndex {
  options: MatchOptions;
  articles: IndexedArticle[];
  boilerplate: Boilerplate;
  keys: Uint32Array;
  starts: Uint32Array;
  postArticle: Uint32Array;
  postPosition: Uint32Array;
  /**
   * Per key, 1 when it stands at more than options.maxPostings places in the archive: given by an
   * index narrowed to a few articles (narrow.ts), whose postings no longer tell it.
   */
  common?: Uint8Array;
  /** The articles are the candidates, best first, as findReuse would rank them: given by narrowIndex, which ranked them. */
  ranked?: boolean;
  /** With `ranked`: the articles sharing text with the document that the candidates left out (see findReuses). */
  unaligned?: number;
  /** The articles boilerplate leaves (nearly) nothing of (hidden.ts): given by a build, not by a narrowed index. */
  hidden?: HiddenArticles;
}

export function buildIndex(articles: readonly Article[], options: MatchOptions, notice: string): CorpusIndex {
  const boilerplate = findBoilerplate(articles.map((a) => a.doc.text), options.boilerplateShare, notice);
  const stopped = new Set(winnow(boilerplate.notice, options.k, options.window).hashes);
  const indexed: IndexedArticle[] = [];
  const hashes = new Growable();
  const owners = new Growable();
  const positions = new Growable();
  const lengths = new Uint32Array(articles.length);
  articles.forEach((article, a) => {
    const { ready, whole } = prepared(article, boilerplate, true);
    const fps = winnow(ready.norm.text, options.k, options.window);
    lengths[a] = whole;
    for (let i = 0; i < fps.hashes.length; i++) {
      if (stopped.has(fps.hashes[i])) continue;
      hashes.push(fps.hashes[i]);
      owners.push(a);
      positions.push(fps.positions[i]);
    }
    ready.fingerprints = fps.hashes.length;
    indexed.push(ready);
  });
  const bar = boilerplateBar(options.boilerplateShare, articles.length);
  const { kept, ...postings } = invert(hashes.view(), owners.view(), positions.view(), bar, articles.length);
  return { options, articles: indexed, boilerplate, ...postings, hidden: hiddenArticles(wholeCounts(articles, lengths, kept, options), kept, options) };
}

/**
 * Each article's fingerprints before masking, for those that may be hidden only (keeping a tenth of
 * their k-grams or less: hidden.ts); the others' 0, which never counts. Winnowed again from the
 * article's text, a few articles at most: winnowing every masked article twice cost 6 % more CPU
 * in a check over 30,000 articles, each with a masked footer line.
 */
function wholeCounts(articles: readonly Article[], lengths: Uint32Array, kept: Uint32Array, options: MatchOptions): Uint32Array {
  const whole = new Uint32Array(articles.length);
  for (let a = 0; a < articles.length; a++) {
    if (mayBeHidden(kept[a], lengths[a] - options.k + 1)) whole[a] = winnow(normalize(articles[a].doc.text).text, options.k, options.window).hashes.length;
  }
  return whole;
}

/** An article's normalised text with its boilerplate lines masked: what is fingerprinted and aligned. */
export function articleText(article: Article, boilerplate: Boilerplate): NormText {
  return maskedText(article.doc.text, boilerplate);
}

/**
 * An article ready to align with (`fingerprints`: its count before any was dropped): its text
 * normalised, boilerplate lines masked, sentences and clauses found, from one pass over the text
 * when no line is masked (normalizeLines tells the lines and the breaks between units kept). The
 * normalised text's map back to the original is not kept but made again when asked for
 * (map-on-demand.ts): a check keeps thousands of these between documents.
 */
export function preparedArticle(article: Article, boilerplate: Boilerplate, fingerprints: number): IndexedArticle {
  const { ready } = prepared(article, boilerplate, false);
  ready.fingerprints = fingerprints;
  return ready;
}

/**
 * preparedArticle (fingerprints 0), its map kept when `keepMap`, and the length of its normalised
 * text before masking. A map not kept is never copied out of normalize's working arrays.
 */
function prepared(article: Article, boilerplate: Boilerplate, keepMap: boolean): { ready: IndexedArticle; whole: number } {
  const text = article.doc.text;
  const full = normalizeLines(text, told, keepMap);
  const spans = maskedSpans(full, told.lines.view(), boilerplate);
  const whole = full.text.length;
  const norm = spans.length > 0 ? withoutSpans(full, spans, keepMap) : full;
  const breaks = spans.length > 0 ? breakStarts(text, norm) : startsFromGaps(text, full, told.gaps.view());
  // every property named in one literal, in one order: one shape for all (a spread gave several)
  const ready: IndexedArticle = {
    article,
    norm: keepMap ? norm : new MapOnDemand(norm.text, { article }, boilerplate),
    sentences: breaks.sentences,
    clauses: breaks.clauses,
    fingerprints: 0,
  };
  return { ready, whole };
}

/** What prepared is told: lines, and the sentence and clause breaks between units kept. */
const told: Told = { lines: new Growable(256), marks: BREAK_MARKS, gaps: new Growable(256) };

/** Sorts postings by hash and drops hashes that stand in `bar` or more articles; `kept`: the postings kept of each of the `articles`. */
function invert(hashes: Uint32Array, owners: Uint32Array, positions: Uint32Array, bar: number, articles: number) {
  const order = sortByHash(hashes);
  const kept = new Uint32Array(articles);
  const keys = new Growable();
  const starts = new Growable();
  const postArticle = new Growable();
  const postPosition = new Growable();
  for (let i = 0; i < order.length; ) {
    let j = i;
    let distinct = 0;
    let lastOwner = -1;
    while (j < order.length && hashes[order[j]] === hashes[order[i]]) {
      if (owners[order[j]] !== lastOwner) distinct++;
      lastOwner = owners[order[j]];
      j++;
    }
    if (distinct < bar) {
      keys.push(hashes[order[i]]);
      starts.push(postArticle.length);
      for (let p = i; p < j; p++) {
        postArticle.push(owners[order[p]]);
        postPosition.push(positions[order[p]]);
        kept[owners[order[p]]]++;
      }
    }
    i = j;
  }
  starts.push(postArticle.length);
  return { keys: keys.view(), starts: starts.view(), postArticle: postArticle.view(), postPosition: postPosition.view(), kept };
}

/** Stable LSD radix sort of indices by 32-bit hash, two 16-bit passes: linear time. */
function sortByHash(hashes: Uint32Array): Uint32Array {
  let order = new Uint32Array(hashes.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let next = new Uint32Array(hashes.length);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(0x10001);
    for (let i = 0; i < order.length; i++) counts[((hashes[order[i]] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 0x10000; b++) counts[b + 1] += counts[b];
    for (let i = 0; i < order.length; i++) next[counts[(hashes[order[i]] >>> shift) & 0xffff]++] = order[i];
    [order, next] = [next, order];
  }
  return order;
}

/** A search for a hash among sorted keys, giving its position or −1: made once, asked for each of a document's fingerprints. */
export function keyFinder(keys: Uint32Array): (hash: number) => number {
  const buckets = keys.length >= BUCKETED ? bucketsOf(keys) : undefined;
  return (hash) => {
    let lo = buckets ? buckets[hash >>> 16] : 0;
    let hi = buckets ? buckets[(hash >>> 16) + 1] - 1 : keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = keys[mid];
      if (key === hash) return mid;
      if (key < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
}

/**
 * Keys from which a lookup starts in the bucket of its hash's top 16 bits: a binary search over
 * a million keys is twenty reads far apart in memory, each a cache miss; within a bucket, four.
 */
const BUCKETED = 1 << 16;
const bucketTables = new WeakMap<Uint32Array, Uint32Array>();

/** buckets[t] = the first key whose top 16 bits are t or more (keys sorted); buckets[0x10000] = keys.length. */
function bucketsOf(keys: Uint32Array): Uint32Array {
  let buckets = bucketTables.get(keys);
  if (buckets) return buckets;
  buckets = new Uint32Array(0x10001);
  let t = 0;
  for (let i = 0; i < keys.length; i++) {
    const top = keys[i] >>> 16;
    while (t <= top) buckets[t++] = i;
  }
  while (t <= 0x10000) buckets[t++] = keys.length;
  bucketTables.set(keys, buckets);
  return buckets;
}
