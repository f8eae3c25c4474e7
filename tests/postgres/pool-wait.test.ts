// A run's queries queue for its few connections: behind queries that take longer than opening a
// connection may (at a million articles, a batch's lookup took a minute on a loaded server), the
// next ones wait their turn instead of failing with "timeout exceeded when trying to connect";
// opening a connection is still timed.
import { createServer, type Server as NetServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, disconnect, withRetry } from '../../src/io/postgres/connect.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { freshSchema } from './schema.js';

const silent: NetServer[] = [];
afterAll(() => silent.forEach((s) => s.close()));

describe('waiting for a connection of the pool', { timeout: 60000 }, () => {
  it('two connections, six queries of 0.6 s at once, connections opened within 0.4 s: all six answered', async () => {
    const server = connect(serverTarget(freshSchema().url), { connections: 2, connectTimeoutMs: 400, retry: { attempts: 1, firstDelayMs: 10 } });
    try {
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => withRetry(server, () => server.pool.query<{ n: number }>('SELECT pg_sleep(0.6), $1::int AS n', [i]))));
      expect(answers.map((a) => a.rows[0].n)).toEqual([0, 1, 2, 3, 4, 5]);
      // three rounds of two: the last ones waited about 1.2 s for a connection, three times the timeout
      expect(Date.now() - started).toBeGreaterThanOrEqual(1800);
    } finally {
      await disconnect(server);
    }
  });

  it('a server that accepts the connection and never answers: the opening times out, one line', async () => {
    const mute = createServer(() => {});
    silent.push(mute);
    await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    const port = (mute.address() as { port: number }).port;
    const server = connect(serverTarget(`postgres://postgres@127.0.0.1:${port}/test`), { connectTimeoutMs: 300, retry: { attempts: 2, firstDelayMs: 10 } });
    try {
      const started = Date.now();
      await expect(withRetry(server, () => server.pool.query('SELECT 1'))).rejects.toThrow(/^index server postgres:\/\/postgres@127\.0\.0\.1:\d+\/test: /u);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await disconnect(server);
    }
  });
});
