import { writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { adminQuery, findServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server the PostgreSQL tests use (see server.ts). */
    postgresUrl: string;
    /** Prefix of the schemas this run creates, so that runs never collide. */
    postgresRun: string;
  }
}

/**
 * Finds or starts the PostgreSQL server for the run; after it, counts and drops the schemas the
 * tests made and, when LAIYUAN_PG_REPORT names a file, writes the count there (.ci/run checks
 * that the PostgreSQL tests really talked to a server).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await findServer();
  const run = `lytest_${process.pid}_${Date.now().toString(36)}`;
  project.provide('postgresUrl', server.url);
  project.provide('postgresRun', run);
  return async () => {
    try {
      const made = await adminQuery(server.url, `select nspname from pg_namespace where nspname like '${run}%'`);
      const names = made.rows.map((r: { nspname: string }) => r.nspname);
      for (const name of names) await adminQuery(server.url, `drop schema "${name}" cascade`);
      const line = `PostgreSQL tests: ${names.length} schemas on ${server.origin}`;
      process.stderr.write(`${line}\n`);
      if (process.env.LAIYUAN_PG_REPORT) writeFileSync(process.env.LAIYUAN_PG_REPORT, `${names.length}\n`);
    } finally {
      await server.stop();
    }
  };
}
