// Writing a whole index to the server in one transaction: readers keep seeing the index as it
// was until the commit, then the new one, never a mix (MVCC; DELETE, not TRUNCATE, which is not
// MVCC-safe for readers holding an older snapshot). Rows go in by binary COPY, never row by
// row, streamed from what the content gives, a chunk at a time.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { inTransaction, withRetry, type Server } from './connect.js';
import { GrowableF64, GrowableU32 } from '../../core/shared/growable.js';
import { COPY_HEADER, COPY_TRAILER, articleRow, keyRows, postingRows } from './copy-binary.js';
import { LineCounter, PostingCounter } from './counts.js';
import { fingerprintIndexDdl } from './ddl.js';
import { checkedVersion } from './schema.js';
import type { Rebuild } from '../build-flags.js';

/** Everything an index holds, as the file index's builder or reader gives it. */
export interface IndexContent {
  pack: string;
  /** Build options and scheme, as the file index's metadata says them (k, window, boilerplateShare, notice, scheme, laiyuan). */
  built: Record<string, unknown>;
  boilerplateLines: readonly string[];
  /** Postings as (hash, article, position) words, in chunks (read as they are copied: memory stays a chunk's). */
  postings(): Iterable<Uint32Array>;
  postingCount: number;
  /** The postings left out as boilerplate (in boilerplateShare of the articles or more), as postings() gives them. */
  droppedPostings(): Iterable<Uint32Array>;
  articleCount: number;
  /** Corpus files the articles come from. */
  files: number;
  dropped: number;
  /** Each article's distinct line keys (boilerplate.ts lineKey), in id order. */
  articleLines(): Iterable<{ article: number; keys: ArrayLike<number> }>;
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
export async function writeIndex(server: Server, content: IndexContent, rebuild: Rebuild = {}): Promise<Written> {
  await checkedVersion(server, rebuild);
  const started = Date.now();
  const s = `"${server.target.schema}"`;
  const generation = await inTransaction(server, async (client) => {
    // One writer at a time: the meta row is the lock; readers are not blocked.
    await client.query(`SELECT generation FROM ${s}.index_meta FOR UPDATE`);
    const empty = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT FROM ${s}.fingerprints) AND NOT EXISTS (SELECT FROM ${s}.articles) AS empty`);
    const reindex = empty.rows[0].empty;
    if (reindex) {
      await client.query(`DROP INDEX ${s}.fingerprints_hash`);
      await client.query(`ALTER TABLE ${s}.article_lines DROP CONSTRAINT article_lines_pkey`);
    } else for (const table of [...VERSION_2_TABLES, 'fingerprints', 'articles']) await client.query(`DELETE FROM ${s}.${table}`);
    await client.query(`DELETE FROM ${s}.boilerplate_lines`);
    await copyArticles(client, s, content.articles());
    const counter = new PostingCounter();
    await copyPostings(client, s, counter.counted(content.postings()));
    await copyPostings(client, s, counter.counted(content.droppedPostings()), 'dropped_fingerprints');
    await copyCounts(client, s, counter.finish());
    await copyLines(client, s, content.articleLines());
    if (reindex) {
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      await client.query(fingerprintIndexDdl(server.target.schema));
      await client.query(`ALTER TABLE ${s}.article_lines ADD PRIMARY KEY (line, article)`);
    }
    await client.query(`INSERT INTO ${s}.boilerplate_lines (line) SELECT unnest($1::text[])`, [content.boilerplateLines]);
    const meta = await client.query<{ generation: string }>(
      `UPDATE ${s}.index_meta SET pack = $1, built = $2, articles = $3, postings = $4, dropped = $5, files = $6, generation = generation + 1, updated_at = now() RETURNING generation`,
      [content.pack, JSON.stringify(content.built), content.articleCount, content.postingCount, content.dropped, content.files],
    );
    return Number(meta.rows[0].generation);
  });
  // Statistics for the planner, and the visibility map that lets lookups scan the index only.
  await vacuumed(server);
  return { articles: content.articleCount, postings: content.postingCount, generation, ms: Date.now() - started };
}

/** Version 2's tables beside version 1's (ddl.ts). */
const VERSION_2_TABLES = ['dropped_fingerprints', 'fingerprint_counts', 'article_lines', 'line_counts'];

/** Statistics for the planner, and the visibility map that lets lookups scan the index only. */
export async function vacuumed(server: Server): Promise<void> {
  const s = `"${server.target.schema}"`;
  await withRetry(server, () => server.pool.query(`VACUUM (ANALYZE) ${[...VERSION_2_TABLES, 'fingerprints', 'articles'].map((t) => `${s}.${t}`).join(', ')}`));
}

/** (hash, postings, articles) words into fingerprint_counts. */
export async function copyCounts(client: pg.PoolClient, schema: string, words: Uint32Array): Promise<void> {
  await copyBinary(client, `COPY ${schema}.fingerprint_counts (hash, postings, articles) FROM STDIN (FORMAT binary)`, postingChunks([words]));
}

/** Each article's line keys into article_lines, and the counts of those held by COUNTED_FROM articles or more into line_counts. */
async function copyLines(client: pg.PoolClient, schema: string, lines: Iterable<{ article: number; keys: ArrayLike<number> }>): Promise<void> {
  const counter = new LineCounter();
  await copyArticleLines(client, schema, lineChunks(lines, counter));
  const counted = counter.finish();
  await copyBinary(client, `COPY ${schema}.line_counts (line, articles) FROM STDIN (FORMAT binary)`, [keyRows(counted.keys, counted.counts)]);
}

/** (line key, article) rows, as keyRows makes them, into article_lines. */
export async function copyArticleLines(client: pg.PoolClient, schema: string, chunks: Iterable<Buffer>): Promise<void> {
  await copyBinary(client, `COPY ${schema}.article_lines (line, article) FROM STDIN (FORMAT binary)`, chunks);
}

function* lineChunks(lines: Iterable<{ article: number; keys: ArrayLike<number> }>, counter: LineCounter): Generator<Buffer> {
  const keys = new GrowableF64();
  const articles = new GrowableU32();
  for (const { article, keys: of } of lines) {
    counter.see(of);
    for (let i = 0; i < of.length; i++) {
      keys.push(of[i]);
      articles.push(article);
    }
    if (keys.length >= ROWS_PER_CHUNK) {
      yield keyRows(keys.view(), articles.view());
      keys.length = 0;
      articles.length = 0;
    }
  }
  if (keys.length > 0) yield keyRows(keys.view(), articles.view());
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

/** Postings, as (hash, article, position) words, into `schema` (quoted) by binary COPY: its fingerprints, or those left out. */
export async function copyPostings(client: pg.PoolClient, schema: string, words: Iterable<Uint32Array>, table = 'fingerprints'): Promise<void> {
  await copyBinary(client, `COPY ${schema}.${table} (hash, article, position) FROM STDIN (FORMAT binary)`, postingChunks(words));
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
