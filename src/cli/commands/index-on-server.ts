// `laiyuan index build|update|stats` and `push` when the index lives on a PostgreSQL server.
import type { Config } from '../../core/config/types.js';
import type { ArchiveOptions } from '../../io/archive.js';
import { configCorpus, type Rebuild } from '../../io/build-flags.js';
import { shellWord } from '../../io/display-path.js';
import { buildServerArchive, pushServerArchive, type NotWritten, type ServerBuilt } from '../../io/postgres/archive.js';
import { updateServerArchive, type Changes, type Moved } from '../../io/postgres/update.js';
import { connect, disconnect, type Server } from '../../io/postgres/connect.js';
import { IndexServerError } from '../../io/postgres/errors.js';
import { serverStatistics } from '../../io/postgres/stats.js';
import { isServerUrl, serverTarget, type ServerTarget } from '../../io/postgres/url.js';
import { configErrorLines } from '../shared.js';
import { UserError } from '../errors.js';
import { changesWords, count, counted, forVersionWords, movedWords, notWrittenLines } from '../counted.js';
import { builtContext, hiddenNote } from '../hidden-note.js';
import { skippedNotes } from '../skipped-notes.js';

/** What the index commands have set up: the config and how to build. */
export interface ServerSetup {
  cwd: string;
  config: Config;
  options: ArchiveOptions;
}

export function buildOnServer(url: string, paths: string[], setup: ServerSetup): Promise<number> {
  return onServer(url, async (server) => {
    const built = await buildServerArchive(server, paths, { ...setup.options, base: setup.config.root });
    const code = report(built, server, 'indexed');
    if ('generation' in built) process.stderr.write(hiddenNote(built.hidden, builtContext(setup.options.pack.id, setup.config, built.articles)));
    return code;
  });
}

export function updateOnServer(url: string, paths: string[], setup: ServerSetup): Promise<number> {
  return onServer(url, async (server) => report(await updateServerArchive(server, paths, { ...setup.options, base: setup.config.root }), server, 'updated'));
}

export function pushToServer(url: string, file: string, setup: ServerSetup): Promise<number> {
  // the index build an older server index is told: for the file's pack, --pack named unless it is the config's first
  const rebuildFor = (pack: string): Rebuild => ({
    corpus: configCorpus(setup.config, pack, setup.cwd),
    flags: `${setup.options.flags ?? ''}${pack === setup.options.pack.id ? '' : ` --pack ${shellWord(pack)}`}`,
  });
  return onServer(url, async (server) => report(await pushServerArchive(server, file, { ...setup.options, base: setup.config.root, rebuildFor }), server, 'pushed'));
}

export function serverStats(url: string, format: 'text' | 'json', rebuild: Rebuild): Promise<number> {
  return onServer(url, async (server) => {
    const stats = await serverStatistics(server, rebuild);
    if (format === 'json') process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    else {
      const rows = Object.entries(stats).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
      const width = Math.max(...rows.map(([k]) => k.length));
      process.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join(''));
    }
    return 0;
  });
}

/** The server of a URL, or of LAIYUAN_INDEX_URL when none is given. */
export function targetOf(flag: string | undefined): ServerTarget {
  const value = flag ?? process.env.LAIYUAN_INDEX_URL;
  if (!value) throw new UserError('which server? give --index postgres://… or set LAIYUAN_INDEX_URL');
  if (!isServerUrl(value)) throw new UserError(`--index ${value}: a server index is named by a postgres:// URL`);
  return userFacing(() => serverTarget(value));
}

/** Runs `work` connected to the server; its failures are one line and exit code 2. */
export async function onServer(url: string | undefined, work: (server: Server) => Promise<number>): Promise<number> {
  const server = connect(targetOf(url));
  try {
    return await work(server);
  } catch (error) {
    throw error instanceof IndexServerError ? new UserError(error.message) : error;
  } finally {
    await disconnect(server);
  }
}

function userFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof IndexServerError ? new UserError(error.message) : error;
  }
}

function report(built: (ServerBuilt & { changes?: Changes; moved?: Moved; removed?: Moved; overLimit?: Moved; recordsOverLimit?: number; maxFileSize?: number }) | NotWritten, server: Server, verb: string): number {
  process.stderr.write(skippedNotes(built.skipped ?? []));
  if (!('generation' in built)) {
    process.stderr.write(notWrittenLines(built.errors, server.target.shown, built.kept));
    return 2;
  }
  process.stderr.write(configErrorLines(built.errors));
  const more = built.changes ? [...forVersionWords(built.changes.forVersion), `${count(built.changes.rewritten)} kept articles rewritten`] : [];
  const changes = changesWords(verb, built.changes, { gone: built.removed, overLimit: built.overLimit, records: built.recordsOverLimit, limit: built.maxFileSize }, more);
  process.stdout.write(
    `${changes}${counted(built.articles, 'article')} from ${counted(built.files, 'file')} into ${server.target.shown}: ${count(built.postings)} fingerprints, generation ${built.generation}, ${(built.ms / 1000).toFixed(1)} s${movedWords(built.moved)}\n`,
  );
  return built.errors.length > 0 ? 2 : 0;
}
