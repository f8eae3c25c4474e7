import path from 'node:path';
import type { LoadedProject } from '../io/project.js';
import type { Config } from '../core/config/types.js';
import { boilerplateBar } from '../core/match/boilerplate-bar.js';
import type { HiddenNamed } from '../core/match/hidden.js';
import { count } from './counted.js';

/** What a hidden-articles note is about: the pack and its archive's size, the share the index was built with, the config, and what to do after the remedy. */
export interface HiddenContext {
  pack: string;
  articles: number;
  share: number;
  configFile?: string;
  /** Said after the remedy: an index file or server must be built again for a new share to apply. */
  then?: string;
}

/**
 * The one line saying that some articles of the archive are (nearly) all boilerplate, so that a
 * reprint of them is never found, with the first few and what to do; nothing when there are none.
 */
export function hiddenNote(hidden: HiddenNamed | undefined, context: HiddenContext): string {
  if (!hidden || hidden.count === 0) return '';
  const { articles, share } = context;
  const more = hidden.count > hidden.examples.length ? ` and ${count(hidden.count - hidden.examples.length)} more` : '';
  const config = context.configFile ? path.basename(context.configFile) : 'laiyuan.yaml';
  return (
    `laiyuan: note: ${count(hidden.count)} of ${count(articles)} articles of pack '${context.pack}' are all or nearly all boilerplate ` +
    `(text that stands in ${count(boilerplateBar(share, articles))} articles or more, match.boilerplateShare ${share}), so a reprint of them cannot be found: ` +
    `${hidden.examples.map((e) => `${e.id} (${e.file})`).join(', ')}${more}; remove the duplicate copies from the archive, or raise boilerplateShare under match: in ${config}${context.then ?? ''}\n`
  );
}

/** What the note of an index build says of the `articles` indexed for `pack` with `config`: build again after the remedy. */
export function builtContext(pack: string, config: Config, articles: number): HiddenContext {
  return { pack, articles, share: config.match.boilerplateShare, configFile: config.file, then: ', then build the index again' };
}

/** The notes of the corpus folders a run indexed (or whose facts it took from the cache): a line for each pack with hidden articles. */
export function projectHiddenNotes(loaded: Pick<LoadedProject, 'hiddenArticles' | 'project'>): string {
  let notes = '';
  for (const [pack, hidden] of loaded.hiddenArticles()) notes += hiddenNote(hidden, { pack, articles: hidden.articles, share: hidden.share, configFile: loaded.project.config.file });
  return notes;
}
