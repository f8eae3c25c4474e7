// A build's postings made on worker threads lie in shared memory (src/io/article-prep.ts): the
// builder hands each part's runs to the thread that sorts it as they stand (PostingSpill.runs),
// rather than gathering them on the main thread first, and the part sorts as the gathered one did.
// And the corpus files a folder's walk found are read without a stat of their path first
// (readWalkedFileSync): what such a read refuses, it refuses as readRegularFileSync does.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSTING_WORDS as TRIPLE } from '../../src/core/match/archive-format.js';
import { corpusFilesInOrder } from '../../src/io/corpus-read.js';
import { joinedRuns } from '../../src/core/match/posting-sort.js';
import { sortPart } from '../../src/io/part-sort.js';
import { PART_BITS, PostingSpill } from '../../src/io/posting-spill.js';
import { readRegularFileSync, readWalkedFileSync } from '../../src/io/safe-read.js';
import { laiyuan } from '../e2e/cli.js';
import { criPack, ROOT } from '../helpers/corpus.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A batch's postings gathered by part as article-prep gathers them: `articles` articles from
 * `first` on, each with postings of hashes in parts 0 and 3 (some hashes in both batches), in
 * shared memory or not.
 */
function batch(first: number, articles: number, shared: boolean): { triples: Uint32Array; ends: Uint32Array } {
  const byPart: number[][] = Array.from({ length: 1 << PART_BITS }, () => []);
  for (let a = first; a < first + articles; a++) {
    for (let position = 0; position < 6; position++) {
      const part = position % 2 === 0 ? 0 : 3;
      const hash = ((part << (32 - PART_BITS)) | (((a * 7 + position * 13) % 11) << 4)) >>> 0;
      byPart[part].push(hash, a, position);
    }
  }
  const words = byPart.flat();
  const triples = shared ? new Uint32Array(new SharedArrayBuffer(words.length * 4)) : new Uint32Array(words.length);
  triples.set(words);
  const ends = new Uint32Array(1 << PART_BITS);
  for (let p = 0, end = 0; p < ends.length; p++) ends[p] = end += byPart[p].length;
  return { triples, ends };
}

function spillOf(shared: boolean): PostingSpill {
  const spill = new PostingSpill(tmpdir());
  for (const [first, articles] of [
    [0, 4],
    [4, 3],
  ]) {
    const { triples, ends } = batch(first, articles, shared);
    spill.addParts(triples, ends);
  }
  return spill;
}

const sorted = (runs: Uint32Array[], part: number) => sortPart({ kind: 'sort', part, runs, mixed: false, articles: 7, bar: 3, bucketBits: PART_BITS + 2 });

describe('postings in shared memory', () => {
  let shared: PostingSpill;
  let own: PostingSpill;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-shared-'));
    shared = spillOf(true);
    own = spillOf(false);
  });
  afterEach(() => {
    shared.close();
    own.close();
  });

  it('are handed a run a batch, as they stand, and the part is emptied', () => {
    for (const part of [0, 3]) {
      const runs = shared.runs(part);
      expect(runs).toHaveLength(2);
      expect(runs.every((r) => r.buffer instanceof SharedArrayBuffer)).toBe(true);
      // not shared: gathered into one array of its own, as take gives it
      const gathered = own.runs(part);
      expect(gathered).toHaveLength(1);
      expect(gathered[0].buffer instanceof SharedArrayBuffer).toBe(false);
      expect([...joinedRuns(runs)]).toEqual([...gathered[0]]);
      // batch order, each batch's articles in order: articles 0-3, then 4-6
      const articles = [...joinedRuns(runs)].filter((_, i) => i % TRIPLE === 1);
      expect(articles).toEqual([...articles].sort((x, y) => x - y));
      expect(shared.take(part)).toHaveLength(0);
    }
  });

  it('sort as the gathered part does, and are left as they were', () => {
    for (const part of [0, 3]) {
      const runs = shared.runs(part);
      const before = runs.map((r) => [...r]);
      const fromRuns = sorted(runs, part);
      const fromGathered = sorted(own.runs(part), part);
      expect(fromRuns.kept.length + fromRuns.dropped.length).toBe(7 * 3 * TRIPLE);
      expect(fromRuns.dropped.length).toBeGreaterThan(0);
      expect(fromRuns.kept.length).toBeGreaterThan(0);
      expect([...fromRuns.kept]).toEqual([...fromGathered.kept]);
      expect([...fromRuns.dropped]).toEqual([...fromGathered.dropped]);
      expect([...fromRuns.sums]).toEqual([...fromGathered.sums]);
      expect(runs.map((r) => [...r])).toEqual(before);
    }
  });

  it('give on worker threads the index a serial build gives, byte for byte (no boilerplate: every part handed as runs)', () => {
    cpSync(path.join(ROOT, 'fixtures/paraphrase'), path.join(dir, 'corpus'), { recursive: true, filter: (f) => !f.endsWith('.json') });
    const build = (out: string, threads: string) => laiyuan(['index', 'build', 'corpus', '-o', out, '--concurrency', threads], { cwd: dir, env: { LAIYUAN_DEBUG: '1' } });
    expect(build('serial.lyx', '1').code).toBe(0);
    const threaded = build('threads.lyx', '2');
    expect(threaded.stderr).toContain('read on 2 worker threads');
    expect(threaded.code).toBe(0);
    expect(threaded.stdout).toMatch(/^indexed 24 articles from 24 files/u);
    expect(readFileSync(path.join(dir, 'threads.lyx')).equals(readFileSync(path.join(dir, 'serial.lyx')))).toBe(true);
  });
});

describe('a corpus file a folder walk found', () => {
  const ARTICLE = path.join(ROOT, 'fixtures/corpus/cri/cri-18-chaganhu-dongbu-kaimu.txt');

  it('is read whole without a stat first, and held to the size limit as any file is', () => {
    const whole = readFileSync(ARTICLE);
    expect(readWalkedFileSync(ARTICLE).toString('utf8')).toBe(whole.toString('utf8'));
    expect(readWalkedFileSync(ARTICLE).toString('utf8')).toContain('查干湖');
    expect(() => readWalkedFileSync(ARTICLE, whole.length - 1)).toThrow(/over the .* limit/u);
  });

  it('turned into a FIFO since, or gone, is refused as readRegularFileSync refuses it, never waited on', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-walked-'));
    const fifo = path.join(dir, 'feed.txt');
    execFileSync('mkfifo', [fifo]);
    const refusal = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return [(error as NodeJS.ErrnoException).code, (error as Error).message];
      }
      return ['read'];
    };
    expect(refusal(() => readWalkedFileSync(fifo))).toEqual(refusal(() => readRegularFileSync(fifo)));
    expect(refusal(() => readWalkedFileSync(fifo))[1]).toMatch(/FIFO/u);
    const gone = path.join(dir, 'gone.txt');
    expect(refusal(() => readWalkedFileSync(gone))).toEqual(refusal(() => readRegularFileSync(gone)));
    expect(refusal(() => readWalkedFileSync(gone))[0]).toBe('ENOENT');
  });

  it('is told from a file named outright, which may be anything and is looked at before it is opened', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-walked-'));
    cpSync(path.join(ROOT, 'fixtures/paraphrase'), path.join(dir, 'corpus'), { recursive: true, filter: (f) => !f.endsWith('.json') });
    writeFileSync(path.join(dir, 'extra.txt'), '另一篇稿件：本市今年新开通公交线路十二条。\n');
    const files = await corpusFilesInOrder(['corpus', 'extra.txt'], await criPack(), dir, [], dir);
    expect(files).toHaveLength(25);
    expect(files.filter((f) => !f.walked).map((f) => f.file)).toEqual(['extra.txt']);
  });
});
