import { shellWord } from './display-path.js';

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
