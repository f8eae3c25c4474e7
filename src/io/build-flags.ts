import path from 'node:path';
import type { Config } from '../core/config/types.js';
import { givenPath, shellWord } from './display-path.js';

/**
 * What a suggested `laiyuan index build` needs to do the job of the run that suggests it: the
 * corpus the config names for the pack (configCorpus; undefined where it names none, and the
 * message writes its placeholder) and the -c and --pack words (buildFlags).
 */
export interface Rebuild {
  corpus?: string;
  flags?: string;
}

/**
 * What a suggested `laiyuan index build` command takes after its paths and -o so that it does the
 * job of the run that suggests it: the config that run read, as its -c gave it, and the pack the
 * index is for, where the run named it with --pack or it is not the config's first pack (the one
 * index build takes by default). Each word as the other suggested commands write a path (shellWord);
 * '' when the run gave neither.
 */
export function buildFlags(config: string | undefined, pack: string | undefined): string {
  return `${config === undefined ? '' : ` -c ${shellWord(config)}`}${pack === undefined ? '' : ` --pack ${shellWord(pack)}`}`;
}

/**
 * The corpus the config names for a pack, as words of a suggested index build (paths as the run
 * names them, each a shell word), which index build reads as it would read the config's; undefined
 * where the config names none.
 */
export function configCorpus(config: Pick<Config, 'corpus' | 'root'>, pack: string, cwd: string): string | undefined {
  const paths = config.corpus[pack] ?? [];
  return paths.length === 0 ? undefined : paths.map((p) => shellWord(givenPath(p, path.resolve(config.root, p), cwd))).join(' ');
}
