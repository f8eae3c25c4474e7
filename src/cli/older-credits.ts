// An index built before this laiyuan's reading of credits (CREDIT_READING) serves all the same: its
// fingerprints are this laiyuan's, but a page whose head names another outlet, or that credits
// 国际在线 as a carrier, keeps the origin read then. One line says so, the exit code unchanged.
import type { LoadedProject } from '../io/project.js';

/** A note for each index file opened that an older reading of credits built, with the command that builds it again. */
export function olderCreditNotes(loaded: Pick<LoadedProject, 'olderCreditIndexes'>): string {
  return loaded
    .olderCreditIndexes()
    .map(({ index, fill }) => `laiyuan: note: the index ${index} was built by an older reading of credits (pages whose head names another outlet, or crediting 国际在线 as a carrier, keep the origin read then): ${fill} again would update its origins\n`)
    .join('');
}
