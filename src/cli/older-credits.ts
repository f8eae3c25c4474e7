// An index built before this laiyuan's reading of credits (CREDIT_READING) serves all the same: its
// fingerprints are this laiyuan's, but each page's origin (whose content it is, the 来源 it names) is
// as that reading gave it, whatever the publisher. One line says so, the exit code unchanged.
import type { LoadedProject } from '../io/project.js';

/** A note for each index file opened that an older reading of credits built, with the command that builds it again. */
export function olderCreditNotes(loaded: Pick<LoadedProject, 'olderCreditIndexes'>): string {
  return loaded
    .olderCreditIndexes()
    .map(({ index, fill }) => `laiyuan: note: the index ${index} was built by an older reading of credits (each archive page's origin, whose content it is and the 来源 it names, is as that reading gave it): ${fill} again would update its origins\n`)
    .join('');
}
