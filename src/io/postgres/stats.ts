// What an index on a server holds, and what its tables weigh.
import { withRetry, type Server } from './connect.js';
import { SCHEMA_VERSION } from './ddl.js';
import { checkedVersion } from './schema.js';
import type { Rebuild } from '../build-flags.js';

export interface ServerStats {
  index: string;
  schemaVersion: number;
  pack: string | null;
  articles: number;
  fingerprints: number;
  droppedFingerprints: number;
  boilerplateLines: number;
  partitions: number;
  generation: number;
  updatedAt: string;
  fingerprintTableBytes: number;
  fingerprintIndexBytes: number;
  articleTableBytes: number;
  buildOptions: unknown;
}

export async function serverStatistics(server: Server, rebuild: Rebuild = {}): Promise<ServerStats> {
  await checkedVersion(server, rebuild);
  const s = `"${server.target.schema}"`;
  const row = await withRetry(server, () =>
    server.pool.query<{ pack: string | null; articles: number; postings: string; dropped: string; generation: string; updated_at: Date; built: unknown; lines: string; parts: string; fp_table: string; fp_index: string; art: string }>(
      `SELECT m.pack, m.articles, m.postings, m.dropped, m.generation, m.updated_at, m.built,
        (SELECT count(*) FROM ${s}.boilerplate_lines) AS lines,
        (SELECT count(*) FROM pg_inherits WHERE inhparent = '${s}.fingerprints'::regclass) AS parts,
        (SELECT coalesce(sum(pg_table_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = '${s}.fingerprints'::regclass) AS fp_table,
        (SELECT coalesce(sum(pg_indexes_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = '${s}.fingerprints'::regclass) AS fp_index,
        pg_total_relation_size('${s}.articles') AS art
       FROM ${s}.index_meta m`,
    ),
  );
  const r = row.rows[0];
  return {
    index: server.target.shown,
    schemaVersion: SCHEMA_VERSION,
    pack: r.pack,
    articles: r.articles,
    fingerprints: Number(r.postings),
    droppedFingerprints: Number(r.dropped),
    boilerplateLines: Number(r.lines),
    partitions: Number(r.parts),
    generation: Number(r.generation),
    updatedAt: r.updated_at.toISOString(),
    fingerprintTableBytes: Number(r.fp_table),
    fingerprintIndexBytes: Number(r.fp_index),
    articleTableBytes: Number(r.art),
    buildOptions: (r.built as { options?: unknown } | null)?.options ?? null,
  };
}
