// Creating the index's tables (migrate) and refusing tables of another version.
import type pg from 'pg';
import { DEFAULT_PARTITIONS, SCHEMA_VERSION, schemaDdl } from './ddl.js';
import { IndexServerError } from './errors.js';
import { inTransaction, withRetry, type Server } from './connect.js';
import type { ServerTarget } from './url.js';
import type { Rebuild } from '../build-flags.js';
import { serverBuild, serverMigrate, serverPush } from './commands.js';

export type Migrated = { created: true; partitions: number } | { created: false; version: number };

/**
 * Creates the index's tables in the URL's schema unless they are there; tables of another
 * version are refused. Two migrations at once wait for each other (advisory lock).
 */
export async function migrate(server: Server, partitions = DEFAULT_PARTITIONS, rebuild: Rebuild = {}): Promise<Migrated> {
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1024) {
    throw new IndexServerError(`--partitions ${partitions}: give a whole number from 1 to 1024`);
  }
  return inTransaction(server, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`laiyuan:${server.target.schema}`]);
    const version = await versionIn(client, server.target.schema);
    if (version !== undefined) {
      refuseOtherVersion(version, server, rebuild);
      return { created: false, version };
    }
    for (const statement of schemaDdl(server.target.schema, partitions)) await client.query(statement);
    return { created: true, partitions };
  });
}

/** The index's schema version, checked: refused when absent or other than this laiyuan's; `rebuild` passed on in the index build commands suggested. */
export async function checkedVersion(server: Server, rebuild: Rebuild = {}): Promise<number> {
  const version = await withRetry(server, async () => {
    const client = await server.pool.connect();
    try {
      return await versionIn(client, server.target.schema);
    } finally {
      client.release();
    }
  });
  if (version === undefined) {
    throw new IndexServerError(
      `index server ${server.target.shown}: no laiyuan index in schema '${server.target.schema}'; create it with '${serverMigrate(server.target)}' or '${serverBuild(server.target, rebuild)}'`,
    );
  }
  refuseOtherVersion(version, server, rebuild);
  return version;
}

function refuseOtherVersion(version: number, server: Server, rebuild: Rebuild): void {
  if (version === SCHEMA_VERSION) return;
  const fix = version > SCHEMA_VERSION ? 'upgrade laiyuan' : older(version, server.target, rebuild);
  throw new IndexServerError(
    `index server ${server.target.shown}: the index in schema '${server.target.schema}' has schema version ${version}, this laiyuan reads version ${SCHEMA_VERSION}: ${fix}`,
  );
}

/**
 * What to do with tables of an older version. Version 1 (to 0.2.0) kept neither the postings left
 * out as boilerplate nor the counts version 2 looks up and updates, and its rows cannot give them
 * (the left-out postings are not there): it is filled again, from the index file or the corpus.
 */
function older(version: number, target: ServerTarget, rebuild: Rebuild): string {
  return `version ${version} lacks the left-out fingerprints and the counts that lookups and updates now read, and they cannot be made from its rows: drop it (DROP SCHEMA "${target.schema}" CASCADE), then push the index file again (${serverPush(target)}) or build it again (${serverBuild(target, rebuild)})`;
}

/**
 * Whether the URL's schema holds a laiyuan index, of any version, for a build refused before it
 * wrote anything to say; false when the server cannot be asked (one try, no retries: the refusal
 * is the news, and "not written" holds either way).
 */
export async function holdsIndex(server: Server): Promise<boolean> {
  try {
    const client = await server.pool.connect();
    try {
      return (await metaTable(client, server.target.schema)) !== undefined;
    } finally {
      client.release();
    }
  } catch {
    return false;
  }
}

async function metaTable(client: pg.ClientBase, schema: string): Promise<string | undefined> {
  const table = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`"${schema}".index_meta`]);
  return table.rows[0]?.t ?? undefined;
}

async function versionIn(client: pg.ClientBase, schema: string): Promise<number | undefined> {
  if ((await metaTable(client, schema)) === undefined) return undefined;
  const row = await client.query<{ v: number }>(`SELECT schema_version AS v FROM "${schema}".index_meta`);
  if (row.rows.length !== 1) throw new IndexServerError(`schema '${schema}': index_meta must hold one row, it holds ${row.rows.length}`);
  return row.rows[0].v;
}
