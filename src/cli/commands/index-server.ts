// `laiyuan index migrate` and `laiyuan index push`: the index's tables on a PostgreSQL server
// (docs/scale.md), and a built index file loaded into them.
import type { Command } from 'commander';
import { DEFAULT_PARTITIONS, SCHEMA_VERSION, schemaScript } from '../../io/postgres/ddl.js';
import { run } from './index-file.js';

interface MigrateFlags {
  index?: string;
  partitions: number;
  print?: boolean;
}

/** Adds the server subcommands to `laiyuan index`. */
export function registerIndexServerCommands(program: Command): void {
  const index = program.commands.find((c) => c.name() === 'index') ?? program.command('index');
  index
    .command('migrate')
    .description(`create the index's tables (schema version ${SCHEMA_VERSION}) on a PostgreSQL server, unless they are there`)
    .option('--index <url>', 'postgres://user@host:port/database?schema=name (default: LAIYUAN_INDEX_URL); the password comes from PGPASSWORD or LAIYUAN_INDEX_URL')
    .option('--partitions <n>', 'hash partitions of the fingerprints table', (v) => Number(v), DEFAULT_PARTITIONS)
    .option('--print', 'print the SQL instead of running it')
    .action(async (flags: MigrateFlags) => {
      // the server's client (pg) loaded only when these commands run, not for every `laiyuan index`
      const [{ onServer, targetOf }, { migrate }] = await Promise.all([import('./index-on-server.js'), import('../../io/postgres/schema.js')]);
      const target = targetOf(flags.index);
      if (flags.print) {
        process.stdout.write(schemaScript(target.schema, flags.partitions));
        return;
      }
      process.exitCode = await onServer(flags.index, async (server) => {
        const done = await migrate(server, flags.partitions);
        process.stdout.write(
          done.created
            ? `created the index tables (schema version ${SCHEMA_VERSION}, ${done.partitions} fingerprint partitions) in ${target.shown}\n`
            : `the index tables in ${target.shown} are there already (schema version ${done.version})\n`,
        );
        return 0;
      });
    });
  index
    .command('push')
    .description('load a built index file into a PostgreSQL server (COPY, one transaction), replacing what it held')
    .argument('<file>', 'the index file (laiyuan index build -o <file>)')
    .requiredOption('--to <url>', 'postgres://user@host:port/database?schema=name')
    .option('-c, --config <file>', 'config file (its folder is what stored corpus paths are relative to)')
    .option('--allow-no-corpus', 'push an index of no articles (which check refuses unless given --allow-no-corpus too) instead of stopping with exit code 2')
    .action(async (file: string, flags: { to: string; config?: string; allowNoCorpus?: boolean }) => {
      const { pushToServer } = await import('./index-on-server.js');
      process.exitCode = await run(flags, (setup) => pushToServer(flags.to, file, setup));
    });
}
