// Writing a whole index to the server in one transaction: readers keep seeing the index as it
// was until the commit, then the new one, never a mix (MVCC; DELETE, not TRUNCATE, which is not
// MVCC-safe for readers holding an older snapshot). Rows go in by COPY, never row by row.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { inTransaction, withRetry, type Server } from './connect.js';
import { toSigned } from './ddl.js';
import { checkedVersion } from './schema.js';

/** Everything an index holds, as the file index's builder or reader gives it. */
export interface IndexContent {
  pack: string;
  /** Build options and scheme, as the file index's metadata says them (k, window, boilerplateShare, notice, scheme, laiyuan). */
  built: Record<string, unknown>;
  boilerplateLines: readonly string[];
  /** Postings as (hash, article, position) words, in chunks. */
  postings(): Iterable<Uint32Array>;
  postingCount: number;
  /** Per article: fingerprint count before boilerplate was dropped. */
  fingerprints: Uint32Array;
  dropped: number;
  /** Article `id`'s corpus file (relative to the corpus root) and deflated JSON record. */
  article(id: number): { file: string; record: Uint8Array };
}

export interface Written {
  articles: number;
  postings: number;
  generation: number;
  ms: number;
}

const ROWS_PER_CHUNK = 20000;

export async function writeIndex(server: Server, content: IndexContent): Promise<Written> {
  await checkedVersion(server);
  const started = Date.now();
  const s = `"${server.target.schema}"`;
  const generation = await inTransaction(server, async (client) => {
    // One writer at a time: the meta row is the lock; readers are not blocked.
    await client.query(`SELECT generation FROM ${s}.index_meta FOR UPDATE`);
    for (const table of ['fingerprints', 'articles', 'boilerplate_lines']) await client.query(`DELETE FROM ${s}.${table}`);
    await copyArticles(client, s, articlesOf(content));
    await copyPostings(client, s, content.postings());
    await client.query(`INSERT INTO ${s}.boilerplate_lines (line) SELECT unnest($1::text[])`, [content.boilerplateLines]);
    const meta = await client.query<{ generation: string }>(
      `UPDATE ${s}.index_meta SET pack = $1, built = $2, articles = $3, postings = $4, dropped = $5, generation = generation + 1, updated_at = now() RETURNING generation`,
      [content.pack, JSON.stringify(content.built), content.fingerprints.length, content.postingCount, content.dropped],
    );
    return Number(meta.rows[0].generation);
  });
  // Statistics for the planner, and the visibility map that lets lookups scan the index only.
  await withRetry(server, () => server.pool.query(`VACUUM (ANALYZE) ${s}.fingerprints, ${s}.articles`));
  return { articles: content.fingerprints.length, postings: content.postingCount, generation, ms: Date.now() - started };
}

/** One article's row. */
export interface ArticleRow {
  id: number;
  file: string;
  fingerprints: number;
  record: Uint8Array;
}

/** Article rows into `schema` (quoted) by COPY. */
export async function copyArticles(client: pg.PoolClient, schema: string, rows: Iterable<ArticleRow>): Promise<void> {
  await copyRows(client, `COPY ${schema}.articles (id, file, fingerprints, record) FROM STDIN`, articleLines(rows));
}

/** Postings, as (hash, article, position) words, into `schema` (quoted) by COPY. */
export async function copyPostings(client: pg.PoolClient, schema: string, words: Iterable<Uint32Array>): Promise<void> {
  await copyRows(client, `COPY ${schema}.fingerprints (hash, article, position) FROM STDIN`, postingLines(words));
}

async function copyRows(client: pg.PoolClient, sql: string, rows: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(rows), client.query(copyFrom(sql)));
}

function* articlesOf(content: IndexContent): Generator<ArticleRow> {
  for (let id = 0; id < content.fingerprints.length; id++) yield { id, ...content.article(id), fingerprints: content.fingerprints[id] };
}

function* articleLines(rows: Iterable<ArticleRow>): Generator<string> {
  let chunk: string[] = [];
  for (const { id, file, fingerprints, record } of rows) {
    chunk.push(`${id}\t${copyText(file)}\t${fingerprints}\t\\\\x${Buffer.from(record.buffer, record.byteOffset, record.byteLength).toString('hex')}\n`);
    if (chunk.length >= ROWS_PER_CHUNK / 20) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

function* postingLines(postings: Iterable<Uint32Array>): Generator<string> {
  let chunk: string[] = [];
  for (const words of postings) {
    for (let w = 0; w < words.length; w += 3) {
      chunk.push(`${toSigned(words[w])}\t${words[w + 1]}\t${words[w + 2]}\n`);
      if (chunk.length >= ROWS_PER_CHUNK) {
        yield chunk.join('');
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk.join('');
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

/** A value in COPY's text format: backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
