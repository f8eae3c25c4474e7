// The archive index on a PostgreSQL server, seen through the same IndexStore as the index file:
// lookups of the documents checked at once batched into one query, article records fetched only
// for the articles a document is aligned with, all in one snapshot of the index.
import { inflateSync } from 'node:zlib';
import type { Boilerplate } from '../../core/match/boilerplate.js';
import type { IndexStore, Postings } from '../../core/match/index-store.js';
import type { Article } from '../../core/match/types.js';
import type { MatchOptions } from '../../core/config/types.js';
import { Batcher } from './batch.js';
import { connect, disconnect, type RetryPolicy, type Server } from './connect.js';
import { PostingRowReader, type PostingColumns } from './copy-binary.js';
import { COUNTED_FROM, toSigned, toUnsigned } from './ddl.js';
import { IndexServerError } from './errors.js';
import { checkedVersion } from './schema.js';
import type { Rebuild } from '../build-flags.js';
import { serverBuild, serverPush } from './commands.js';
import { SnapshotReader } from './snapshot.js';
import type { ServerTarget } from './url.js';

/** Documents whose lookups go in one query at most. */
const BATCH = 64;

export interface ServerMeta {
  pack: string;
  /** As the index file's metadata says them: the scheme, options, notice and laiyuan that built it. */
  built: { scheme: number; options: { k: number; window: number; boilerplateShare: number; maxFileSize?: number }; notice: string; laiyuan: string };
  articles: number;
  postings: number;
  dropped: number;
  generation: number;
  /** When the index was last written (seconds since 1970, to the microsecond): a schema made again starts its generations over. */
  updatedAt: string;
}

export interface ServerStoreOptions {
  /** Documents checked at once: the pool holds that many connections (and the snapshot's own). */
  concurrency?: number;
  retry?: RetryPolicy;
  /** Turns a stored corpus path into the path findings show. */
  showPath?: (stored: string) => string;
  /** The config's corpus and the -c and --pack the run was given, passed on in the index build commands its messages suggest. */
  rebuild?: Rebuild;
}

/** A document's lookup: its hashes, and the most places a hash may stand at to be answered. */
interface Lookup {
  hashes: Uint32Array;
  most: number;
}

export class ServerIndexStore implements IndexStore {
  readonly pack: string;
  readonly built: Pick<MatchOptions, 'k' | 'window' | 'boilerplateShare'>;
  readonly articleCount: number;
  private readonly lookups: Batcher<Lookup, Postings>;
  private readonly counts: Batcher<readonly number[], Uint32Array>;
  private readonly postingCountsOf: Batcher<Uint32Array, Uint32Array>;
  private readonly records: Batcher<readonly number[], Article[]>;

  private constructor(
    private readonly server: Server,
    private readonly reader: SnapshotReader,
    readonly meta: ServerMeta,
    readonly boilerplate: Boilerplate,
    private readonly showPath: (stored: string) => string,
  ) {
    this.pack = meta.pack;
    this.built = meta.built.options;
    this.articleCount = meta.articles;
    this.lookups = new Batcher((asked) => this.lookupAll(asked), BATCH);
    this.counts = new Batcher((asked) => this.countsAll(asked), BATCH);
    this.postingCountsOf = new Batcher((asked) => this.postingCountsAll(asked), BATCH);
    this.records = new Batcher((asked) => this.fetchAll(asked), BATCH);
  }

  static async open(target: ServerTarget, options: ServerStoreOptions = {}): Promise<ServerIndexStore> {
    const server = connect(target, { connections: (options.concurrency ?? 1) + 1, retry: options.retry });
    try {
      await checkedVersion(server, options.rebuild);
      const reader = await SnapshotReader.open(server);
      const s = `"${target.schema}"`;
      const meta = await reader.leaderQuery<{ pack: string | null; built: ServerMeta['built'] | null; articles: number; postings: string; dropped: string; generation: string; updated: string }>(
        `SELECT pack, built, articles, postings, dropped, generation, extract(epoch FROM updated_at)::text AS updated FROM ${s}.index_meta`,
      );
      const row = meta.rows[0];
      if (!row.pack || !row.built) {
        await reader.close();
        throw new IndexServerError(`index server ${target.shown}: the index in schema '${target.schema}' is empty; fill it with '${serverBuild(target, options.rebuild)}' or '${serverPush(target)}'`);
      }
      const lines = await reader.leaderQuery<{ line: string }>(`SELECT line FROM ${s}.boilerplate_lines`);
      const m: ServerMeta = { pack: row.pack, built: row.built, articles: row.articles, postings: Number(row.postings), dropped: Number(row.dropped), generation: Number(row.generation), updatedAt: row.updated };
      const boilerplate = { lines: new Set(lines.rows.map((r) => r.line)), notice: row.built.notice };
      return new ServerIndexStore(server, reader, m, boilerplate, options.showPath ?? ((p) => p));
    } catch (error) {
      await disconnect(server);
      throw error instanceof IndexServerError ? error : new IndexServerError(String(error));
    }
  }

  get target(): ServerTarget {
    return this.server.target;
  }

  lookup(hashes: Uint32Array, most: number): Promise<Postings> {
    return this.lookups.ask({ hashes, most });
  }

  postingCounts(hashes: Uint32Array): Promise<Uint32Array> {
    return this.postingCountsOf.ask(hashes);
  }

  fingerprintCounts(ids: readonly number[]): Promise<Uint32Array> {
    return this.counts.ask(ids);
  }

  fetch(ids: readonly number[]): Promise<Article[]> {
    return this.records.ask(ids);
  }

  /** Which of these corpus files (as stored: relative to the corpus root, with slashes) the index holds; one query per 10,000. */
  async holding(files: readonly string[]): Promise<Set<string>> {
    const held = new Set<string>();
    for (let i = 0; i < files.length; i += 10000) {
      const result = await this.reader.query<[string]>(`SELECT DISTINCT file FROM ${this.schema}.articles WHERE file = ANY($1::text[])`, [files.slice(i, i + 10000)], 'array');
      for (const [file] of result.rows) held.add(file);
    }
    return held;
  }

  async close(): Promise<void> {
    await this.reader.close();
    await disconnect(this.server);
  }

  private get schema(): string {
    return `"${this.server.target.schema}"`;
  }

  /**
   * One query for the hashes of every document asked (per limit asked), answered to each in ascending hash order.
   * Each hash's rows are read up to one more than the most asked for: a hash that fills that many
   * stands at too many places (it is common), and its other postings are neither read nor sent.
   * The postings come as binary COPY, read into columns: a batch at a million articles can bring
   * back millions of postings, which as rows (a JavaScript array each) held gigabytes.
   */
  private async lookupAll(asked: Lookup[]): Promise<Postings[]> {
    // a document's second lookup (rarest.ts) may read far more rows per hash than the first
    // lookups batched with it, which must not read as many
    const answers = new Array<Postings>(asked.length);
    for (const most of new Set(asked.map((a) => a.most))) {
      const these = asked.flatMap((a, i) => (a.most === most ? [i] : []));
      const byHash = await this.postingsRead(these.map((i) => asked[i].hashes), most);
      for (const i of these) answers[i] = postingsOf(asked[i].hashes, byHash, most);
    }
    return answers;
  }

  /** Each hash's postings, up to `most` + 1 of them. */
  private async postingsRead(hashes: Uint32Array[], most: number): Promise<Map<number, Float64Array>> {
    const all = new Set<number>();
    for (const list of hashes) for (const h of list) all.add(toSigned(h));
    // A lateral join with the hashes, not `hash = ANY($1)`: each hash is then looked up in the one
    // partition that can hold it (pruned at run time), where ANY probes every partition for all.
    // COPY takes no parameters: the hashes and the limit are written into it (integers only).
    const rows = await this.reader.copyOut(
      `COPY (SELECT h.hash, f.article, f.position FROM unnest('{${[...all].join(',')}}'::int[]) AS h(hash)
       CROSS JOIN LATERAL (SELECT article, position FROM ${this.schema}.fingerprints WHERE hash = h.hash LIMIT ${Math.trunc(most) + 1}) f) TO STDOUT (FORMAT binary)`,
      () => new PostingRowReader(),
    );
    return groupedByHash(rows);
  }

  /**
   * Each hash's postings from fingerprint_counts, none read; a hash not there stands at fewer than
   * COUNTED_FROM places, its rows (that few) counted.
   */
  private async postingCountsAll(asked: Uint32Array[]): Promise<Uint32Array[]> {
    const all = new Set<number>();
    for (const list of asked) for (const h of list) all.add(toSigned(h));
    const result = await this.reader.query<[number, number]>(
      `SELECT h.hash, coalesce(c.postings, (SELECT count(*) FROM (SELECT FROM ${this.schema}.fingerprints f WHERE f.hash = h.hash LIMIT ${COUNTED_FROM}) few))::int
       FROM unnest($1::int[]) AS h(hash) LEFT JOIN ${this.schema}.fingerprint_counts c ON c.hash = h.hash`,
      [[...all]],
      'array',
    );
    const count = new Map(result.rows.map(([hash, n]) => [toUnsigned(hash), n]));
    return asked.map((hashes) => Uint32Array.from(hashes, (hash) => count.get(hash) ?? 0));
  }

  private async countsAll(asked: Array<readonly number[]>): Promise<Uint32Array[]> {
    const result = await this.reader.query<[number, number]>(`SELECT id, fingerprints FROM ${this.schema}.articles WHERE id = ANY($1::int[])`, [unionOf(asked)], 'array');
    const count = new Map(result.rows.map(([id, n]) => [id, n]));
    return asked.map((ids) => Uint32Array.from(ids, (id) => this.known(count.get(id), id)));
  }

  private async fetchAll(asked: Array<readonly number[]>): Promise<Article[][]> {
    const result = await this.reader.query<[number, Buffer]>(`SELECT id, record FROM ${this.schema}.articles WHERE id = ANY($1::int[])`, [unionOf(asked)], 'array');
    const byId = new Map(result.rows.map(([id, record]) => [id, record]));
    return asked.map((ids) => ids.map((id) => this.decoded(this.known(byId.get(id), id))));
  }

  private known<T>(value: T | undefined, id: number): T {
    if (value === undefined) throw new IndexServerError(`index server ${this.server.target.shown}: article ${id} is missing from the index: rebuild it`);
    return value;
  }

  private decoded(record: Buffer): Article {
    const article = JSON.parse(inflateSync(record).toString('utf8')) as Article;
    return { ...article, doc: { ...article.doc, path: this.showPath(article.doc.path) } };
  }
}

/** A posting as one number that sorts as (article, position) does: article * 2^32 + position. */
const HIGH = 2 ** 32;

/** Each hash's postings (unsigned hash), sorted by article then position. */
function groupedByHash(rows: PostingColumns): Map<number, Float64Array> {
  // a hash's rows come one after another (the join looks each hash up in turn): one map update a run
  const runs = (each: (hash: number, from: number, to: number) => void) => {
    for (let i = 0, j = 1; i < rows.rows; i = j++) {
      while (j < rows.rows && rows.hash[j] === rows.hash[i]) j++;
      each(rows.hash[i], i, j);
    }
  };
  const count = new Map<number, number>();
  runs((hash, from, to) => count.set(hash, (count.get(hash) ?? 0) + to - from));
  const next = new Map<number, number>();
  let at = 0;
  for (const [hash, n] of count) {
    next.set(hash, at);
    at += n;
  }
  const sorted = new Float64Array(rows.rows);
  runs((hash, from, to) => {
    let o = next.get(hash) ?? 0;
    for (let i = from; i < to; i++) sorted[o++] = rows.article[i] * HIGH + rows.position[i];
    next.set(hash, o);
  });
  const byHash = new Map<number, Float64Array>();
  for (const [hash, n] of count) {
    const end = next.get(hash) ?? 0;
    byHash.set(toUnsigned(hash), sorted.subarray(end - n, end).sort());
  }
  return byHash;
}

function postingsOf(hashes: Uint32Array, byHash: Map<number, Float64Array>, most: number): Postings {
  const common = Array.from(hashes).filter((hash) => (byHash.get(hash)?.length ?? 0) > most);
  const keys = Array.from(hashes).filter((hash) => byHash.has(hash) && (byHash.get(hash)?.length ?? 0) <= most);
  const held = keys.map((hash) => byHash.get(hash) ?? new Float64Array(0));
  const starts = new Uint32Array(keys.length + 1);
  held.forEach((postings, i) => (starts[i + 1] = starts[i] + postings.length));
  const article = new Uint32Array(starts[keys.length]);
  const position = new Uint32Array(article.length);
  held.forEach((postings, i) => {
    for (let j = 0, p = starts[i]; j < postings.length; j++, p++) {
      position[p] = postings[j] % HIGH;
      article[p] = (postings[j] - position[p]) / HIGH;
    }
  });
  return { keys: Uint32Array.from(keys), starts, article, position, common: Uint32Array.from(common) };
}

function unionOf(asked: Array<readonly number[]>): number[] {
  return [...new Set(asked.flat())];
}
