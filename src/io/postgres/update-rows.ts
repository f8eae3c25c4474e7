// The rows an update reads and writes, each by key (an article id, a fingerprint, a line): never
// a scan of a whole table. Run inside the update's one transaction, the index meta row locked.
import type pg from 'pg';
import { keyRows } from './copy-binary.js';
import { COUNTED_FROM, toSigned, toUnsigned } from './ddl.js';
import { copyArticleLines, copyPostings } from './write.js';
import { writeCounts } from './count-rows.js';
import type { Fingerprinted, HashCount, HashDeltas, LineChanges } from './update-counts.js';

type Bars = { before: number; after: number };

export interface HeldRow {
  id: number;
  file: string;
  fingerprints: number;
  record: Buffer;
}

/** The fingerprints whose counts an update changes, before and after, and those that cross the bar. */
export interface HashChanges {
  after: Map<number, HashCount>;
  /** Those of them with a row in fingerprint_counts before, and its counts. */
  counted: Map<number, HashCount>;
  /** Kept before, left out after; and the other way. */
  dropping: number[];
  keeping: number[];
  keptAfter: (hash: number) => boolean;
}

/** The articles of the stored files under a path: the file itself, or those in the folder ('' the whole corpus). */
function filesUnder(prefix: string): { where: string; values: string[] } {
  if (prefix === '') return { where: '', values: [] };
  return { where: 'WHERE file = $1 OR file LIKE $2', values: [prefix, `${prefix.replace(/[\\%_]/g, '\\$&')}/%`] };
}

/** Whether a stored file lies under a path (as filesUnder finds it). */
export function isUnder(file: string, prefix: string): boolean {
  return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}

export class UpdateRows {
  readonly s: string;
  /** Rows read to learn counts (of lines and fingerprints), for the record. */
  countRowsRead = 0;

  constructor(
    readonly client: pg.PoolClient,
    schema: string,
  ) {
    this.s = `"${schema}"`;
  }

  /** The meta row, locked against other writers (readers go on), and the boilerplate lines. */
  async lockedMeta() {
    await this.byKey();
    const meta = await this.client.query<{ articles: number; postings: string; dropped: string; files: number }>(`SELECT articles, postings, dropped, files FROM ${this.s}.index_meta FOR UPDATE`);
    const lines = await this.client.query<{ line: string }>(`SELECT line FROM ${this.s}.boilerplate_lines`);
    const m = meta.rows[0];
    return { articles: m.articles, postings: Number(m.postings), dropped: Number(m.dropped), files: m.files, lines: new Set(lines.rows.map((r) => r.line)) };
  }

  /** Every statement of the transaction after it looks its rows up by key. */
  private async byKey(): Promise<void> {
    // a join over a few thousand keys is a nested loop of index probes, never a hash join over a
    // whole table the planner might estimate cheaper
    for (const setting of ['enable_hashjoin', 'enable_mergejoin', 'enable_seqscan']) await this.client.query(`SET LOCAL ${setting} = off`);
  }

  /** The articles of the stored files under these paths (stored form: relative to the corpus root, with slashes; '' the whole corpus), in id order. */
  async heldUnder(under: readonly string[]): Promise<HeldRow[]> {
    const byId = new Map<number, HeldRow>();
    for (const prefix of new Set(under)) {
      const { where, values } = filesUnder(prefix);
      const rows = await this.client.query<HeldRow>(`SELECT id, file, fingerprints, record FROM ${this.s}.articles ${where}`, values);
      for (const row of rows.rows) byId.set(row.id, row);
    }
    return [...byId.values()].sort((x, y) => x.id - y.id);
  }

  /** The --max-file-size the index records it read its corpus by (none: built before it was recorded). */
  async recordedLimit(): Promise<number | undefined> {
    const r = await this.client.query<{ limit: number | null }>(`SELECT (built->'options'->>'maxFileSize')::bigint AS limit FROM ${this.s}.index_meta`);
    const limit = r.rows[0]?.limit;
    return limit === null || limit === undefined ? undefined : Number(limit);
  }

  /** The stored files not under these paths (stored form, as heldUnder): their names only, read from the file index, no record. */
  async filesOutside(under: readonly string[]): Promise<string[]> {
    return (await this.storedFiles()).filter((file) => !under.some((prefix) => isUnder(file, prefix)));
  }

  /** Every stored file (relative to the corpus root, with slashes), once. */
  async storedFiles(): Promise<string[]> {
    const r = await this.client.query<{ file: string }>(`SELECT DISTINCT file FROM ${this.s}.articles`);
    return r.rows.map((row) => row.file);
  }

  /** The articles of these stored files, in id order. */
  async heldIn(files: readonly string[]): Promise<HeldRow[]> {
    if (files.length === 0) return [];
    const r = await this.client.query<HeldRow>(`SELECT id, file, fingerprints, record FROM ${this.s}.articles WHERE file = ANY($1::text[]) ORDER BY id`, [files]);
    return r.rows;
  }

  /** For each path (stored form, as heldUnder), whether the index holds any article there. */
  async holdingUnder(under: readonly string[]): Promise<boolean[]> {
    await this.byKey();
    const holding: boolean[] = [];
    for (const prefix of under) {
      const { where, values } = filesUnder(prefix);
      const r = await this.client.query(`SELECT 1 FROM ${this.s}.articles ${where} LIMIT 1`, values);
      holding.push(r.rows.length > 0);
    }
    return holding;
  }

  async nextId(): Promise<number> {
    const r = await this.client.query<{ n: number }>(`SELECT coalesce(max(id) + 1, 0) AS n FROM ${this.s}.articles`);
    return r.rows[0].n;
  }

  async records(ids: readonly number[]): Promise<HeldRow[]> {
    if (ids.length === 0) return [];
    const r = await this.client.query<HeldRow>(`SELECT id, file, fingerprints, record FROM ${this.s}.articles WHERE id = ANY($1::int[]) ORDER BY id`, [ids]);
    return r.rows;
  }

  /** How many articles hold each line: from line_counts (`counted`, the lines with a row there), else (fewer than COUNTED_FROM) from its rows. */
  async lineCounts(keys: readonly number[]): Promise<{ counts: Map<number, number>; counted: Map<number, number> }> {
    const counts = new Map<number, number>();
    if (keys.length === 0) return { counts, counted: new Map() };
    const rows = await this.client.query<{ line: string; n: number }>(`SELECT line, articles AS n FROM ${this.s}.line_counts WHERE line = ANY($1::bigint[])`, [keys]);
    for (const r of rows.rows) counts.set(Number(r.line), r.n);
    const counted = new Map(counts);
    const rest = keys.filter((k) => !counts.has(k));
    const few = rest.length === 0 ? { rows: [] } : await this.client.query<{ line: string }>(`SELECT line FROM ${this.s}.article_lines WHERE line = ANY($1::bigint[])`, [rest]);
    for (const r of few.rows) counts.set(Number(r.line), (counts.get(Number(r.line)) ?? 0) + 1);
    this.countRowsRead += rows.rows.length + few.rows.length;
    return { counts, counted };
  }

  /** The counted lines whose status a moved bar may change: held by as many articles as one bar and fewer than the other. */
  async linesBetween(bars: Bars): Promise<Array<[number, number]>> {
    if (bars.before === bars.after) return [];
    const r = await this.client.query<{ line: string; n: number }>(`SELECT line, articles AS n FROM ${this.s}.line_counts WHERE articles >= $1 AND articles < $2`, [Math.min(bars.before, bars.after), Math.max(bars.before, bars.after)]);
    this.countRowsRead += r.rows.length;
    return r.rows.map((row) => [Number(row.line), row.n]);
  }

  /** The articles holding any of these lines. */
  async holders(keys: readonly number[]): Promise<number[]> {
    if (keys.length === 0) return [];
    const r = await this.client.query<{ article: number }>(`SELECT DISTINCT article FROM ${this.s}.article_lines WHERE line = ANY($1::bigint[])`, [keys]);
    return r.rows.map((row) => row.article);
  }

  /** The counts of the fingerprints the change touches, before (from fingerprint_counts, else their few rows) and after; and which cross the bar. */
  async hashCounts(deltas: HashDeltas, bars: Bars): Promise<HashChanges> {
    const hashes = [...deltas.postings.keys()];
    const before = new Map<number, HashCount>();
    const counted = await this.client.query<[number, number, number]>({ text: `SELECT hash, postings, articles FROM ${this.s}.fingerprint_counts WHERE hash = ANY($1::int[])`, values: [hashes.map(toSigned)], rowMode: 'array' });
    for (const [hash, postings, articles] of counted.rows) before.set(toUnsigned(hash), { postings, articles });
    const rowed = new Map(before);
    const rest = hashes.filter((h) => !before.has(h)).map(toSigned);
    const few = await this.client.query<[number, number]>({
      text: `SELECT h.hash, f.article FROM unnest($1::int[]) AS h(hash) CROSS JOIN LATERAL (SELECT article FROM ${this.s}.fingerprints WHERE hash = h.hash LIMIT ${COUNTED_FROM}) f ORDER BY 1, 2`,
      values: [rest],
      rowMode: 'array',
    });
    few.rows.forEach(([hash, article], i) => {
      const was = before.get(toUnsigned(hash)) ?? { postings: 0, articles: 0 };
      before.set(toUnsigned(hash), { postings: was.postings + 1, articles: was.articles + (i > 0 && few.rows[i - 1][0] === hash && few.rows[i - 1][1] === article ? 0 : 1) });
    });
    this.countRowsRead += counted.rows.length + few.rows.length;
    const after = new Map<number, HashCount>();
    for (const hash of hashes) {
      const was = before.get(hash) ?? { postings: 0, articles: 0 };
      after.set(hash, { postings: was.postings + (deltas.postings.get(hash) ?? 0), articles: was.articles + (deltas.articles.get(hash) ?? 0) });
    }
    const moving = await this.hashesBetween(bars);
    for (const [hash, count] of moving) {
      if (before.has(hash)) continue;
      before.set(hash, count);
      after.set(hash, count);
    }
    const dropping: number[] = [];
    const keeping: number[] = [];
    for (const [hash, was] of before) {
      const is = after.get(hash) ?? was;
      const keptBefore = was.articles < bars.before;
      const keptAfter = is.articles < bars.after;
      if (was.postings > 0 && keptBefore && !keptAfter) dropping.push(hash);
      if (was.postings > 0 && !keptBefore && keptAfter) keeping.push(hash);
    }
    return { after: new Map(hashes.map((h) => [h, after.get(h) ?? { postings: 0, articles: 0 }])), counted: rowed, dropping, keeping, keptAfter: (hash) => (after.get(hash)?.articles ?? 0) < bars.after };
  }

  private async hashesBetween(bars: Bars): Promise<Map<number, HashCount>> {
    if (bars.before === bars.after) return new Map();
    const r = await this.client.query<[number, number, number]>({
      text: `SELECT hash, postings, articles FROM ${this.s}.fingerprint_counts WHERE articles >= $1 AND articles < $2`,
      values: [Math.min(bars.before, bars.after), Math.max(bars.before, bars.after)],
      rowMode: 'array',
    });
    this.countRowsRead += r.rows.length;
    return new Map(r.rows.map(([hash, postings, articles]) => [toUnsigned(hash), { postings, articles }]));
  }

  /** The postings of these articles' fingerprints, kept or left out; how many were kept. */
  async deletePostings(gone: ReadonlyArray<{ id: number; fps: Fingerprinted }>): Promise<number> {
    const hashes: number[] = [];
    const articles: number[] = [];
    for (const { id, fps } of gone) {
      for (const hash of new Set(fps.hashes)) {
        hashes.push(toSigned(hash));
        articles.push(id);
      }
    }
    if (hashes.length === 0) return 0;
    const del = (table: string) => this.client.query(`DELETE FROM ${this.s}.${table} f USING unnest($1::int[], $2::int[]) AS d(hash, article) WHERE f.hash = d.hash AND f.article = d.article`, [hashes, articles]);
    await del('dropped_fingerprints');
    return (await del('fingerprints')).rowCount ?? 0;
  }

  /** The postings of fingerprints crossing the bar moved between the kept table and the left-out one; the articles holding them. */
  async movePostings(dropping: readonly number[], keeping: readonly number[]): Promise<{ kept: number; dropped: number; holders: Set<number> }> {
    const holders = new Set<number>();
    const move = async (hashes: readonly number[], from: string, to: string) => {
      if (hashes.length === 0) return 0;
      const r = await this.client.query<{ article: number }>(
        `WITH moved AS (DELETE FROM ${this.s}.${from} WHERE hash = ANY($1::int[]) RETURNING hash, article, position)
         INSERT INTO ${this.s}.${to} (hash, article, position) SELECT hash, article, position FROM moved RETURNING article`,
        [hashes.map(toSigned)],
      );
      for (const row of r.rows) holders.add(row.article);
      return r.rows.length;
    };
    const dropped = await move(dropping, 'fingerprints', 'dropped_fingerprints');
    const kept = await move(keeping, 'dropped_fingerprints', 'fingerprints');
    return { kept, dropped, holders };
  }

  /** These articles' postings, each into the table its fingerprint belongs in after the update; how many were kept. */
  async insertPostings(made: ReadonlyArray<{ id: number; fps: Fingerprinted }>, keptAfter: (hash: number) => boolean): Promise<number> {
    const kept: number[] = [];
    const dropped: number[] = [];
    for (const { id, fps } of made) {
      fps.hashes.forEach((hash, i) => (keptAfter(hash) ? kept : dropped).push(hash, id, fps.positions[i]));
    }
    if (kept.length > 0) await copyPostings(this.client, this.s, [Uint32Array.from(kept)]);
    if (dropped.length > 0) await copyPostings(this.client, this.s, [Uint32Array.from(dropped)], 'dropped_fingerprints');
    return kept.length / 3;
  }

  /** fingerprint_counts for the fingerprints touched: a row for those at COUNTED_FROM places or more, none for the others. */
  async writeHashCounts(hashes: Pick<HashChanges, 'after' | 'counted'>): Promise<void> {
    const asRow = (c: HashCount | undefined) => c && [c.postings, c.articles];
    const changes = [...hashes.after].map(([hash, is]) => ({ key: toSigned(hash), was: asRow(hashes.counted.get(hash)), is: [is.postings, is.articles] }));
    await writeCounts(this.client, { name: `${this.s}.fingerprint_counts`, key: 'hash', keyType: 'int', columns: ['postings', 'articles'] }, changes);
  }

  async deleteArticles(ids: readonly number[]): Promise<void> {
    if (ids.length > 0) await this.client.query(`DELETE FROM ${this.s}.articles WHERE id = ANY($1::int[])`, [ids]);
  }

  /** New fingerprint counts (containment's denominator) of kept articles fingerprinted again. */
  async recount(counts: ReadonlyArray<{ id: number; fingerprints: number }>): Promise<void> {
    if (counts.length === 0) return;
    await this.client.query(`UPDATE ${this.s}.articles a SET fingerprints = c.n FROM unnest($1::int[], $2::int[]) AS c(id, n) WHERE a.id = c.id`, [counts.map((c) => c.id), counts.map((c) => c.fingerprints)]);
  }

  /** article_lines of the articles added and removed, and line_counts of the lines they hold. */
  async writeLines(lines: LineChanges, added: ReadonlyArray<{ id: number; keys: number[] }>, removed: ReadonlyArray<{ id: number; keys: number[] }>): Promise<void> {
    const pairs = (list: ReadonlyArray<{ id: number; keys: number[] }>) => ({ keys: list.flatMap((a) => a.keys), ids: list.flatMap((a) => a.keys.map(() => a.id)) });
    const gone = pairs(removed);
    if (gone.keys.length > 0) await this.client.query(`DELETE FROM ${this.s}.article_lines a USING unnest($1::bigint[], $2::int[]) AS d(line, article) WHERE a.line = d.line AND a.article = d.article`, [gone.keys, gone.ids]);
    const made = pairs(added);
    if (made.keys.length > 0) await copyArticleLines(this.client, this.s, [keyRows(made.keys, made.ids)]);
    const was = (key: number) => (lines.counted.has(key) ? [lines.counted.get(key) ?? 0] : undefined);
    const changes = [...lines.after].map(([key, n]) => ({ key, was: was(key), is: [n] }));
    await writeCounts(this.client, { name: `${this.s}.line_counts`, key: 'line', keyType: 'bigint', columns: ['articles'] }, changes);
  }

  async writeBoilerplate(leaving: readonly string[], entering: readonly string[]): Promise<void> {
    if (leaving.length > 0) await this.client.query(`DELETE FROM ${this.s}.boilerplate_lines WHERE line = ANY($1::text[])`, [leaving]);
    if (entering.length > 0) await this.client.query(`INSERT INTO ${this.s}.boilerplate_lines (line) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [entering]);
  }

  async writeMeta(m: { pack: string; built: unknown; articles: number; postings: number; dropped: number; files: number }): Promise<number> {
    const r = await this.client.query<{ generation: string }>(
      `UPDATE ${this.s}.index_meta SET pack = $1, built = $2, articles = $3, postings = $4, dropped = $5, files = $6, generation = generation + 1, updated_at = now() RETURNING generation`,
      [m.pack, JSON.stringify(m.built), m.articles, m.postings, m.dropped, m.files],
    );
    return Number(r.rows[0].generation);
  }
}
