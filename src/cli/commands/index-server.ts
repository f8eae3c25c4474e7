// `laiyuan index migrate`: the index's tables on a PostgreSQL server (docs/scale.md).
import type { Command } from 'commander';
import { connect, disconnect } from '../../io/postgres/connect.js';
import { DEFAULT_PARTITIONS, SCHEMA_VERSION, schemaScript } from '../../io/postgres/ddl.js';
import { IndexServerError } from '../../io/postgres/errors.js';
import { migrate } from '../../io/postgres/schema.js';
import { isServerUrl, serverTarget, type ServerTarget } from '../../io/postgres/url.js';
import { UserError } from '../errors.js';

interface MigrateFlags {
  index?: string;
  partitions: number;
  print?: boolean;
}

/** Adds the server subcommands to `laiyuan index` (made here when no other module made it). */
export function registerIndexServerCommands(program: Command): void {
  const index = program.commands.find((c) => c.name() === 'index') ?? program.command('index').description('archive indexes that check and match use instead of reading the corpus');
  index
    .command('migrate')
    .description(`create the index's tables (schema version ${SCHEMA_VERSION}) on a PostgreSQL server, unless they are there`)
    .option('--index <url>', 'postgres://user@host:port/database?schema=name (default: LAIYUAN_INDEX_URL); the password comes from PGPASSWORD or LAIYUAN_INDEX_URL')
    .option('--partitions <n>', 'hash partitions of the fingerprints table', (v) => Number(v), DEFAULT_PARTITIONS)
    .option('--print', 'print the SQL instead of running it')
    .action(async (flags: MigrateFlags) => {
      const target = targetOf(flags.index);
      if (flags.print) {
        process.stdout.write(schemaScript(target.schema, flags.partitions));
        return;
      }
      const server = connect(target);
      try {
        const done = await serverWork(() => migrate(server, flags.partitions));
        process.stdout.write(
          done.created
            ? `created the index tables (schema version ${SCHEMA_VERSION}, ${done.partitions} fingerprint partitions) in ${target.shown}\n`
            : `the index tables in ${target.shown} are there already (schema version ${done.version})\n`,
        );
      } finally {
        await disconnect(server);
      }
    });
}

/** The server of --index, else of LAIYUAN_INDEX_URL. */
export function targetOf(flag: string | undefined): ServerTarget {
  const value = flag ?? process.env.LAIYUAN_INDEX_URL;
  if (!value) throw new UserError('which server? give --index postgres://… or set LAIYUAN_INDEX_URL');
  if (!isServerUrl(value)) throw new UserError(`--index ${value}: a server index is named by a postgres:// URL`);
  try {
    return serverTarget(value);
  } catch (error) {
    throw asUserError(error);
  }
}

/** Server failures as the one line and exit code 2 of a UserError. */
export async function serverWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asUserError(error);
  }
}

function asUserError(error: unknown): unknown {
  return error instanceof IndexServerError ? new UserError(error.message) : error;
}
