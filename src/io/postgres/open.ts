// Opening a pack's archive index on a server for a run, refused when it was built for another
// pack, notice, options or scheme (as an index file is).
import path from 'node:path';
import type { Config, Pack } from '../../core/config/types.js';
import { staleness } from '../archive-open.js';
import { IndexServerError } from './errors.js';
import { ServerIndexStore } from './store.js';
import { serverTarget } from './url.js';
import type { Rebuild } from '../build-flags.js';
import { serverBuild } from './commands.js';

export interface ServerOpenOptions {
  cwd: string;
  /** The folder stored corpus paths are relative to (the config's folder). */
  base: string;
  /** Documents checked at once, and so connections. */
  connections: number;
  /** The config file the URL was written in, if it was: a password there is refused. */
  fromConfig?: string;
  /** The config's corpus and the -c and --pack the run was given, passed on in the rebuild command of a stale index. */
  rebuild?: Rebuild;
}

export async function openServerArchive(url: string, pack: Pack, config: Pick<Config, 'match'>, options: ServerOpenOptions): Promise<ServerIndexStore> {
  const target = serverTarget(url, { fromConfig: options.fromConfig });
  const showPath = (stored: string) => path.relative(options.cwd, path.resolve(options.base, stored)).split(path.sep).join('/');
  const store = await ServerIndexStore.open(target, { concurrency: options.connections, showPath, rebuild: options.rebuild });
  const why = staleness({ pack: store.meta.pack, ...store.meta.built }, pack, config.match);
  if (why) {
    await store.close();
    throw new IndexServerError(`the index at ${target.shown} is stale: ${why}; rebuild it with '${serverBuild(target, options.rebuild)}'`);
  }
  return store;
}
