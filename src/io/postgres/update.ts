// `laiyuan index update` on a server: the corpus files under the paths read again and only what
// changed written, in one transaction. Articles whose record is the same keep their id and rows;
// new ones take the next free ids; the rows of removed ones go. The archive's boilerplate (its
// recurring lines, and the fingerprints over the share bar, which moves with the article count)
// may change with it, so the index is worked out in memory before and after, and the kept
// articles whose postings or fingerprint count differ have just those rows rewritten. The rows
// are then those of a rebuild, ids aside (a rebuild numbers articles in corpus order).
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type pg from 'pg';
import { buildIndex, type CorpusIndex } from '../../core/match/corpus-index.js';
import type { Article } from '../../core/match/types.js';
import type { FileError } from '../../core/read/types.js';
import { inCorpusOrder, liesWithin } from '../archive.js';
import { indexSource, noticeText, readCorpus } from '../corpus-read.js';
import { INDEX_SCHEME } from '../index-file.js';
import { fromStored, type StoredArticle } from '../index-records.js';
import { digestsOf, pairsOf, sameDigest } from './article-postings.js';
import { inTransaction, withRetry, type Server } from './connect.js';
import { IndexServerError } from './errors.js';
import { checkedVersion } from './schema.js';
import { copyArticles, copyPostings, postingWordsOf, type ArticleRow } from './write.js';
import { storedRow, type ServerArchiveOptions, type ServerBuilt } from './archive.js';

interface Held extends ArticleRow {
  article: Article;
}

export interface Changes {
  added: number;
  removed: number;
  /** Kept articles whose rows a change of the boilerplate altered. */
  rewritten: number;
}

/** The index with the articles of the files under `paths` read again: what a rebuild over the same files gives. */
export async function updateServerArchive(server: Server, paths: readonly string[], options: ServerArchiveOptions): Promise<ServerBuilt & { changes: Changes }> {
  const started = Date.now();
  await checkedVersion(server);
  const before = await heldArticles(server, options);
  const under = paths.map((p) => path.resolve(options.cwd, p));
  const inside = (row: Held) => {
    const abs = path.resolve(options.cwd, row.article.doc.path);
    return under.some((root) => liesWithin(root, abs));
  };
  const errors: FileError[] = [];
  const fresh = inCorpusOrder(await readCorpus([...paths], options.pack, options.cwd, new Set(), errors, indexSource(options.pack, options.root ?? options.cwd)), options.cwd);
  const plan = planned(before.rows, inside, fresh, options);
  const notice = noticeText(options.pack);
  const old = buildIndex(before.rows.map((r) => r.article), options.match, notice);
  const next = buildIndex(plan.after.map((r) => r.article), options.match, notice);
  const rewritten = alteredKept(old, before.rows, next, plan.after);
  const generation = await inTransaction(server, (client) => written(client, server, { before, plan, old, next, rewritten, options }));
  await withRetry(server, () => server.pool.query(`VACUUM (ANALYZE) "${server.target.schema}".fingerprints, "${server.target.schema}".articles`));
  return {
    articles: plan.after.length,
    postings: next.postArticle.length,
    generation,
    ms: Date.now() - started,
    errors,
    files: new Set(plan.after.map((r) => r.file)).size,
    changes: { added: plan.added.length, removed: plan.removed.length, rewritten: rewritten.size },
  };
}

interface Plan {
  /** Every article after the update, in id order. */
  after: Held[];
  added: Held[];
  removed: Held[];
}

/** Fresh articles keep the id of a held one under the paths with the same record; the others are new, the unmatched held ones removed. */
function planned(rows: readonly Held[], inside: (row: Held) => boolean, fresh: readonly Article[], options: ServerArchiveOptions): Plan {
  const byRecord = new Map<string, Held[]>();
  for (const row of rows.filter(inside)) {
    const key = Buffer.from(row.record).toString('base64');
    byRecord.set(key, [...(byRecord.get(key) ?? []), row]);
  }
  let nextId = rows.reduce((max, r) => Math.max(max, r.id + 1), 0);
  const same: Held[] = [];
  const added: Held[] = [];
  for (const article of fresh) {
    const { file, record } = storedRow(article, options);
    const match = byRecord.get(Buffer.from(record).toString('base64'))?.shift();
    if (match) same.push(match);
    else added.push({ id: nextId++, file, record, fingerprints: 0, article });
  }
  const stays = new Set([...rows.filter((r) => !inside(r)), ...same]);
  const removed = rows.filter((r) => !stays.has(r));
  return { after: [...rows.filter((r) => stays.has(r)), ...added], added, removed };
}

/** Ids of the articles held before and after whose postings or fingerprint count the change altered. */
function alteredKept(old: CorpusIndex, before: readonly Held[], next: CorpusIndex, after: readonly Held[]): Set<number> {
  const was = digestsOf(old, before.length);
  const is = digestsOf(next, after.length);
  const at = new Map(before.map((r, i) => [r.id, i]));
  const altered = new Set<number>();
  after.forEach((row, j) => {
    const i = at.get(row.id);
    if (i === undefined) return;
    if (!sameDigest(was, i, is, j) || old.articles[i].fingerprints !== next.articles[j].fingerprints) altered.add(row.id);
  });
  return altered;
}

interface Work {
  before: { generation: number; rows: Held[] };
  plan: Plan;
  old: CorpusIndex;
  next: CorpusIndex;
  rewritten: Set<number>;
  options: ServerArchiveOptions;
}

/** The changed rows written; the new generation. Refused when another write came in since the articles were read. */
async function written(client: pg.PoolClient, server: Server, w: Work): Promise<number> {
  const s = `"${server.target.schema}"`;
  const locked = await client.query<{ generation: string }>(`SELECT generation FROM ${s}.index_meta FOR UPDATE`);
  const now = Number(locked.rows[0].generation);
  if (now !== w.before.generation) {
    throw new IndexServerError(`index server ${server.target.shown}: the index was written by another run while this update read it (generation ${w.before.generation}, now ${now}); run the update again`);
  }
  const removed = new Set(w.plan.removed.map((r) => r.id));
  const oldLocal = new Map<number, number>();
  w.before.rows.forEach((r, i) => {
    if (w.rewritten.has(r.id) || removed.has(r.id)) oldLocal.set(i, r.id);
  });
  const gone = pairsOf(w.old, oldLocal);
  await client.query(`DELETE FROM ${s}.fingerprints f USING unnest($1::int[], $2::int[]) AS d(hash, article) WHERE f.hash = d.hash AND f.article = d.article`, [gone.hashes, gone.articles]);
  await client.query(`DELETE FROM ${s}.articles WHERE id = ANY($1::int[])`, [[...removed]]);
  const newLocal = new Map<number, number>();
  const addedIds = new Set(w.plan.added.map((r) => r.id));
  w.plan.after.forEach((r, j) => {
    if (w.rewritten.has(r.id) || addedIds.has(r.id)) newLocal.set(j, r.id);
  });
  const fingerprintsOf = new Map(w.plan.after.map((r, j) => [r.id, w.next.articles[j].fingerprints]));
  await copyArticles(client, s, w.plan.added.map((r) => ({ ...r, fingerprints: fingerprintsOf.get(r.id) ?? 0 })));
  const recounted = [...w.rewritten];
  await client.query(`UPDATE ${s}.articles a SET fingerprints = c.n FROM unnest($1::int[], $2::int[]) AS c(id, n) WHERE a.id = c.id AND a.fingerprints <> c.n`, [recounted, recounted.map((id) => fingerprintsOf.get(id) ?? 0)]);
  await copyPostings(client, s, postingWordsOf(w.next, newLocal));
  const lines = [...w.next.boilerplate.lines].sort();
  await client.query(`DELETE FROM ${s}.boilerplate_lines WHERE line <> ALL($1::text[])`, [lines]);
  await client.query(`INSERT INTO ${s}.boilerplate_lines (line) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [lines]);
  const fingerprints = w.next.articles.reduce((n, a) => n + a.fingerprints, 0);
  const built = {
    scheme: INDEX_SCHEME,
    options: { k: w.options.match.k, window: w.options.match.window, boilerplateShare: w.options.match.boilerplateShare },
    notice: w.next.boilerplate.notice,
    laiyuan: w.options.version,
  };
  const meta = await client.query<{ generation: string }>(
    `UPDATE ${s}.index_meta SET pack = $1, built = $2, articles = $3, postings = $4, dropped = $5, generation = generation + 1, updated_at = now() RETURNING generation`,
    [w.options.pack.id, JSON.stringify(built), w.plan.after.length, w.next.postArticle.length, fingerprints - w.next.postArticle.length],
  );
  return Number(meta.rows[0].generation);
}

/** Every article the server holds, in id order, with its row; and the generation read. */
async function heldArticles(server: Server, options: ServerArchiveOptions): Promise<{ generation: number; rows: Held[] }> {
  const s = `"${server.target.schema}"`;
  return inTransaction(
    server,
    async (client) => {
      const meta = await client.query<{ generation: string }>(`SELECT generation FROM ${s}.index_meta`);
      const rows = await client.query<{ id: number; file: string; fingerprints: number; record: Buffer }>(`SELECT id, file, fingerprints, record FROM ${s}.articles ORDER BY id`);
      return {
        generation: Number(meta.rows[0].generation),
        rows: rows.rows.map((r) => ({ ...r, article: fromStored(JSON.parse(inflateSync(r.record).toString('utf8')) as StoredArticle, options.base, options.cwd) })),
      };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}
