// A 通稿 the archive holds 61 times, against an index on a PostgreSQL server: the second lookup of
// the common fingerprints finds the reprint and the excerpt, byte for byte as the index file does,
// and reads the postings of the common fingerprints it takes only (their counts, read first, from
// fingerprint_counts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import type { Postings } from '../../src/core/match/index-store.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { ServerIndexStore } from '../../src/io/postgres/store.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { readDocuments } from '../../src/io/read-file.js';
import { useSite } from '../helpers/common-phrase.js';
import { COPIES, expectCopiesFound, manyCopiesSite } from '../helpers/many-copies.js';
import { freshSchema } from './schema.js';

const { run, dir } = useSite('laiyuan-pg-copies-', manyCopiesSite);

describe('a document whose shared text is all common, on a server', { timeout: 120000 }, () => {
  it('finds the reprint and the excerpt, as the index file does', () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const fromServer = run(['check', 'content', '--format', 'json', '--index', s.url, '--concurrency', '2']);
    expect(fromServer.stderr).toBe('');
    expect(fromServer.stdout).toBe(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout);
    expectCopiesFound(fromServer.stdout);
  });

  it('reads the postings of the common fingerprints it takes, none of the others', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const read = await readDocuments(path.join(dir(), 'content/reprint.txt'), { displayPath: 'reprint.txt' });
    if (!read.ok) throw new Error('fixture unreadable');
    const doc = read.documents[0];
    const server = await ServerIndexStore.open(serverTarget(s.url, { env: {} }));
    const file = FileIndexStore.open(path.join(dir(), 'archive.lyx'), 'archive.lyx', { cwd: dir() });
    try {
      const lookups: Array<{ asked: number; most: number; got: Postings }> = [];
      const lookup = server.lookup.bind(server);
      server.lookup = async (hashes, most) => {
        const got = await lookup(hashes, most);
        lookups.push({ asked: hashes.length, most, got });
        return got;
      };
      const fromServer = await narrowIndex(doc, server, DEFAULT_MATCH);
      const fromFile = await narrowIndex(doc, file, DEFAULT_MATCH);
      expect(fromServer.articles.map((a) => a.article.id)).toEqual(fromFile.articles.map((a) => a.article.id));
      expect(fromServer.postArticle).toEqual(fromFile.postArticle);
      const [first, second] = lookups;
      expect(lookups).toHaveLength(2);
      // the reprint's shared fingerprints are mostly common: it takes the fewest it needs, and reads those whole
      expect(first.got.common.length * 2).toBeGreaterThan(first.got.keys.length + first.got.common.length);
      expect(second.asked).toBeGreaterThan(0);
      expect(second.asked).toBeLessThan(first.got.common.length);
      expect(second.got.common).toHaveLength(0);
      expect(second.got.article.length).toBeLessThanOrEqual(second.asked * (COPIES + 1));
      const counts = await server.postingCounts(first.got.common);
      expect([...counts]).toEqual([...(await file.postingCounts(first.got.common))]);
      expect(Math.min(...counts)).toBeGreaterThan(DEFAULT_MATCH.maxPostings);
    } finally {
      await server.close();
      await file.close();
    }
  });
});
