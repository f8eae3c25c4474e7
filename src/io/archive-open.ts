// Opening a pack's archive index file, refused when it was built for something else.
import path from 'node:path';
import type { Config, MatchOptions, Pack } from '../core/config/types.js';
import type { IndexMeta } from '../core/match/archive-format.js';
import { normalize } from '../core/normalize/index.js';
import { noticeText } from './notice-text.js';
import { CREDIT_READING, creditReadingOf, FileIndexStore, INDEX_SCHEME, IndexFileError } from './index-file.js';

/**
 * Opens a pack's index file and checks it was built for this pack, notice and match options by
 * this scheme: an index built otherwise finds other fingerprints, so it is refused as stale, with
 * the command that builds it again as the run would (`build`: its config and pack passed on).
 */
export function openArchive(file: string, pack: Pack, config: Pick<Config, 'match'>, options: { cwd: string; preload?: boolean; display?: string; instead?: string; build?: string }): FileIndexStore {
  const display = options.display ?? (slashes(path.relative(options.cwd, file)) || file);
  const store = FileIndexStore.open(file, display, options);
  const why = staleness(store.meta, pack, config.match);
  if (why) {
    void store.close();
    throw new IndexFileError(`the index ${display} is stale: ${why}; rebuild it with '${options.build ?? 'laiyuan index build'}'`);
  }
  return store;
}

/** Why an index built as `meta` says cannot serve this pack and these match options, if it cannot. */
export function staleness(meta: Pick<IndexMeta, 'pack' | 'scheme' | 'options' | 'notice' | 'laiyuan'>, pack: Pack, match: MatchOptions): string | undefined {
  if (meta.pack !== pack.id) return `it was built for pack '${meta.pack}', not '${pack.id}'`;
  if (meta.scheme !== INDEX_SCHEME) return `it was built by laiyuan ${meta.laiyuan}, which fingerprints text differently`;
  for (const key of ['k', 'window', 'boilerplateShare'] as const) {
    if (meta.options[key] !== match[key]) return `it was built with match.${key} ${meta.options[key]}, the config says ${match[key]}`;
  }
  if (meta.notice !== normalize(noticeText(pack)).text) return `the notice of pack '${pack.id}' changed since the index was built`;
  return undefined;
}

/** Whether an index was built by an older reading of credits than this laiyuan's: it serves, its articles' origins as read then. */
export function readsOlderCredits(meta: { options: object }): boolean {
  return creditReadingOf(meta) < CREDIT_READING;
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}
