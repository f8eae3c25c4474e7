// Writing a whole index to the server in one transaction: readers keep seeing the index as it
// was until the commit, then the new one, never a mix (MVCC; DELETE, not TRUNCATE, which is not
// MVCC-safe for readers holding an older snapshot). Rows go in by binary COPY, never row by
// row, streamed from what the content gives, a chunk at a time.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { inTransaction, withRetry, type Server } from './connect.js';
import { COPY_HEADER, COPY_TRAILER, articleRow, postingRows } from './copy-binary.js';
import { fingerprintIndexDdl } from './ddl.js';
import { checkedVersion } from './schema.js';

/** Everything an index holds, as the file index's builder or reader gives it. */
export interface IndexContent {
  pack: string;
  /** Build options and scheme, as the file index's metadata says them (k, window, boilerplateShare, notice, scheme, laiyuan). */
  built: Record<string, unknown>;
  boilerplateLines: readonly string[];
  /** Postings as (hash, article, position) words, in chunks (read as they are copied: memory stays a chunk's). */
  postings(): Iterable<Uint32Array>;
  postingCount: number;
  articleCount: number;
  dropped: number;
  /** Every article's row in id order: corpus file (relative to the corpus root), fingerprint count before boilerplate was dropped, deflated JSON record. */
  articles(): Iterable<ArticleRow>;
}

export interface Written {
  articles: number;
  postings: number;
  generation: number;
  ms: number;
}

/** Rows sent to the server in one piece. */
const ROWS_PER_CHUNK = 20000;

/**
 * Writes the index in one transaction. Into an empty index (the first push or build), the
 * fingerprints' index is dropped and made again after the COPY: one sort instead of a B-tree
 * insertion per row. Into a filled one, it stays: dropping it would lock out the runs reading
 * the old rows until the commit.
 */
export async function writeIndex(server: Server, content: IndexContent): Promise<Written> {
  await checkedVersion(server);
  const started = Date.now();
  const s = `"${server.target.schema}"`;
  const generation = await inTransaction(server, async (client) => {
    // One writer at a time: the meta row is the lock; readers are not blocked.
    await client.query(`SELECT generation FROM ${s}.index_meta FOR UPDATE`);
    const empty = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT FROM ${s}.fingerprints) AND NOT EXISTS (SELECT FROM ${s}.articles) AS empty`);
    const reindex = empty.rows[0].empty;
    if (reindex) await client.query(`DROP INDEX ${s}.fingerprints_hash`);
    else for (const table of ['fingerprints', 'articles']) await client.query(`DELETE FROM ${s}.${table}`);
    await client.query(`DELETE FROM ${s}.boilerplate_lines`);
    await copyArticles(client, s, content.articles());
    await copyPostings(client, s, content.postings());
    if (reindex) {
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      await client.query(fingerprintIndexDdl(server.target.schema));
    }
    await client.query(`INSERT INTO ${s}.boilerplate_lines (line) SELECT unnest($1::text[])`, [content.boilerplateLines]);
    const meta = await client.query<{ generation: string }>(
      `UPDATE ${s}.index_meta SET pack = $1, built = $2, articles = $3, postings = $4, dropped = $5, generation = generation + 1, updated_at = now() RETURNING generation`,
      [content.pack, JSON.stringify(content.built), content.articleCount, content.postingCount, content.dropped],
    );
    return Number(meta.rows[0].generation);
  });
  // Statistics for the planner, and the visibility map that lets lookups scan the index only.
  await withRetry(server, () => server.pool.query(`VACUUM (ANALYZE) ${s}.fingerprints, ${s}.articles`));
  return { articles: content.articleCount, postings: content.postingCount, generation, ms: Date.now() - started };
}

/** One article's row. */
export interface ArticleRow {
  id: number;
  file: string;
  fingerprints: number;
  record: Uint8Array;
}

/** Article rows into `schema` (quoted) by binary COPY. */
export async function copyArticles(client: pg.PoolClient, schema: string, rows: Iterable<ArticleRow>): Promise<void> {
  await copyBinary(client, `COPY ${schema}.articles (id, file, fingerprints, record) FROM STDIN (FORMAT binary)`, articleChunks(rows));
}

/** Postings, as (hash, article, position) words, into `schema` (quoted) by binary COPY. */
export async function copyPostings(client: pg.PoolClient, schema: string, words: Iterable<Uint32Array>): Promise<void> {
  await copyBinary(client, `COPY ${schema}.fingerprints (hash, article, position) FROM STDIN (FORMAT binary)`, postingChunks(words));
}

async function copyBinary(client: pg.PoolClient, sql: string, chunks: Iterable<Buffer>): Promise<void> {
  await pipeline(Readable.from(framed(chunks)), client.query(copyFrom(sql)));
}

function* framed(chunks: Iterable<Buffer>): Generator<Buffer> {
  yield COPY_HEADER;
  yield* chunks;
  yield COPY_TRAILER;
}

function* articleChunks(rows: Iterable<ArticleRow>): Generator<Buffer> {
  let chunk: Buffer[] = [];
  let bytes = 0;
  for (const { id, file, fingerprints, record } of rows) {
    chunk.push(articleRow(id, file, fingerprints, record));
    bytes += record.byteLength;
    if (bytes >= 1 << 22) {
      yield Buffer.concat(chunk);
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length > 0) yield Buffer.concat(chunk);
}

function* postingChunks(postings: Iterable<Uint32Array>): Generator<Buffer> {
  for (const words of postings) {
    for (let w = 0; w < words.length; w += ROWS_PER_CHUNK * 3) yield postingRows(words.subarray(w, w + ROWS_PER_CHUNK * 3));
  }
}

/**
 * The postings of an index built in memory, as (hash, article, position) words; with `ids`, only
 * those of the articles it gives an id to, under that id.
 */
export function* postingWordsOf(
  index: { keys: Uint32Array; starts: Uint32Array; postArticle: Uint32Array; postPosition: Uint32Array },
  ids?: ReadonlyMap<number, number>,
): Generator<Uint32Array> {
  const words: number[] = [];
  for (let k = 0; k < index.keys.length; k++) {
    for (let p = index.starts[k]; p < index.starts[k + 1]; p++) {
      const id = ids ? ids.get(index.postArticle[p]) : index.postArticle[p];
      if (id !== undefined) words.push(index.keys[k], id, index.postPosition[p]);
    }
    if (words.length >= ROWS_PER_CHUNK * 3) yield Uint32Array.from(words.splice(0));
  }
  if (words.length > 0) yield Uint32Array.from(words);
}
