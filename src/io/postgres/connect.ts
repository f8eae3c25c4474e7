// A pool of connections to the index server, and retries with backoff for the failures a retry
// can cure (server restarting, connection dropped, too many connections).
import pg from 'pg';
import { IndexServerError, describeServerError, isTransient } from './errors.js';
import type { ServerTarget } from './url.js';

export interface Server {
  target: ServerTarget;
  pool: pg.Pool;
  retry: RetryPolicy;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try, doubled before each next one. */
  firstDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 250 };

/** How long opening a connection may take before it counts as failed (and is retried). */
const CONNECT_MS = 10000;

export function connect(target: ServerTarget, options: { connections?: number; retry?: RetryPolicy; connectTimeoutMs?: number } = {}): Server {
  const connectMs = options.connectTimeoutMs ?? CONNECT_MS;
  // The pool's own timeout would also time the wait for a free connection: a run's queries
  // queue for its few connections, and behind a query of a minute (a large archive, a loaded
  // server) the next ones failed with "timeout exceeded when trying to connect". The wait is
  // untimed; only the opening of a connection is, by the client itself.
  class TimedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  }
  const pool = new pg.Pool({
    connectionString: target.connection,
    max: Math.max(1, options.connections ?? 1),
    connectionTimeoutMillis: 0,
    idleTimeoutMillis: 10000,
    application_name: 'laiyuan',
    Client: TimedClient,
  });
  // A connection dropped while idle is replaced on next use; without a listener it would crash the process.
  pool.on('error', () => {});
  // A connection dropped while checked out fails its query, which is what is reported; the
  // client's own 'error' event would otherwise crash the process with a stack trace.
  pool.on('connect', (client) => client.on('error', () => {}));
  return { target, pool, retry: options.retry ?? DEFAULT_RETRY };
}

/** Runs `work`, again after a growing wait while it fails for a reason a retry may cure. */
export async function withRetry<T>(server: Server, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      // the index file read while writing (index push) is damaged: its own line, no retry
      if (error instanceof Error && error.name === 'IndexFileError') throw error;
      if (attempt >= server.retry.attempts || !isTransient(error)) throw new IndexServerError(describeServerError(error, server.target.shown));
      await sleep(server.retry.firstDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
    }
  }
}

/** Runs `work` in one transaction on one connection: all of it or none of it. */
export async function inTransaction<T>(server: Server, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  return withRetry(server, async () => {
    const client = await server.pool.connect();
    let broken = false;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = true;
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release(broken);
    }
  });
}

export async function disconnect(server: Server): Promise<void> {
  await server.pool.end().catch(() => {});
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
