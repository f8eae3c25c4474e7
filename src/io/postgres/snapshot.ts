// One run reads one state of the index: the first connection opens a read-only transaction and
// exports its snapshot; every other connection of the pool imports it before its first query.
// A run never sees half an update, nor documents checked against two versions of the archive.
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { withRetry, type Server } from './connect.js';

export class SnapshotReader {
  private readonly members = new WeakSet<pg.PoolClient>();

  private constructor(
    private readonly server: Server,
    private readonly leader: pg.PoolClient,
    readonly snapshot: string,
  ) {}

  static async open(server: Server): Promise<SnapshotReader> {
    return withRetry(server, async () => {
      const leader = await server.pool.connect();
      try {
        await leader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const row = await leader.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
        return new SnapshotReader(server, leader, row.rows[0].id);
      } catch (error) {
        leader.release(true);
        throw error;
      }
    });
  }

  /** Runs one query in the run's snapshot, on the leader or a pooled connection; retried on a fresh connection when it drops. */
  query<R extends pg.QueryResultRow | unknown[]>(sql: string, values: unknown[], rowMode?: 'array'): Promise<{ rows: R[] }> {
    return this.joined(async (client) => {
      const result = await client.query({ text: sql, values, ...(rowMode ? { rowMode } : {}) });
      return { rows: result.rows as R[] };
    });
  }

  /** Runs COPY … TO STDOUT in the run's snapshot, its data given chunk by chunk to a reader made afresh for each try. */
  copyOut<T>(sql: string, reader: () => { push(chunk: Buffer): void; end(): T }): Promise<T> {
    return this.joined(async (client) => {
      const into = reader();
      for await (const chunk of client.query(copyTo(sql))) into.push(chunk as Buffer);
      return into.end();
    });
  }

  /** `work` on a connection that has joined the run's snapshot; retried on a fresh connection when it drops. */
  private joined<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return withRetry(this.server, async () => {
      const client = await this.server.pool.connect();
      let broken = false;
      try {
        if (!this.members.has(client)) {
          await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${this.snapshot}'`);
          this.members.add(client);
        }
        return await work(client);
      } catch (error) {
        broken = true;
        throw error;
      } finally {
        client.release(broken);
      }
    });
  }

  /** A query on the leader itself (the run's first reads, before any other connection joins). */
  leaderQuery<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.leader.query<R>(sql, values);
  }

  async close(): Promise<void> {
    await this.leader.query('COMMIT').catch(() => {});
    this.leader.release();
  }
}
