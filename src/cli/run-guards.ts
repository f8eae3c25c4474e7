// No silent green runs: a check that checks no file, or compares with no publisher's archive,
// stops with exit 2 and one line saying why and what to do, unless the user said it is expected
// (--no-files-ok, --allow-no-corpus; as ESLint's --no-error-on-unmatched-pattern).
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { FileError } from '../core/read/types.js';
import type { FileCheck } from '../io/file-check.js';
import type { LoadedProject } from '../io/project.js';
import { UserError } from './errors.js';
import type { Pack } from '../core/config/types.js';
import type { Rule } from '../core/judge/rule.js';
import { idlePack } from '../core/judge/rule-needs.js';

export interface GuardFlags {
  /** false when --no-files-ok is given (commander's negated option). */
  filesOk?: boolean;
  allowNoCorpus?: boolean;
}

export function addGuardOptions(command: Command): void {
  command
    .addOption(new Option('--no-files-ok', 'pass when no file is found to check, or every file was skipped (default: exit 2, as a run that checked nothing proves nothing)'))
    .option('--allow-no-corpus', 'pass with a pack that has no corpus or index (then only its attribution markers are checked; default: exit 2)');
}

/**
 * Some pack runs some rule: a run whose every pack's notice restricts no use and asks no credit
 * would pass every reprint in silence (Vale stops on a style that does not exist for the same
 * reason: vale-cli/vale#159). Such a pack named beside packs that do run rules is a warning line,
 * the exit code left to the findings under the others. `config`: the file whose packs name them.
 */
export function requireRules(packs: readonly Pack[], rules: readonly Rule[], config: string): void {
  const idle = packs.map((pack) => idlePack(pack, rules, config));
  if (idle.every((line) => line !== undefined)) {
    if (idle.length > 0) throw new UserError(idle[0]);
    return;
  }
  for (const line of idle) if (line !== undefined) process.stderr.write(`laiyuan: warning: ${line}\n`);
}

/**
 * Each pack is compared with its archive (a corpus or an index file or server, with articles), else
 * exit 2. The corpus must have been read, or its facts adopted from the cache.
 */
export function requireCorpora(loaded: LoadedProject, flags: GuardFlags): void {
  const { project } = loaded;
  const articles = loaded.articleCounts();
  const missing = project.packs.filter((p) => !Object.hasOwn(loaded.indexIds, p.id) && !articles.has(p.id)).map((p) => p.id);
  const empty = project.packs.filter((p) => articles.get(p.id) === 0).map((p) => p.id);
  const emptyIndexes = [...loaded.indexArticles()].filter(([, i]) => i.articles === 0);
  if (flags.allowNoCorpus) {
    for (const id of missing) note(`pack '${id}' has no corpus: documents are checked only for its own-content markers`);
    for (const id of empty) note(`the corpus of pack '${id}' holds no articles: no reuse can be found`);
    for (const [id, { index }] of emptyIndexes) note(`the index ${index} of pack '${id}' holds no articles: no reuse can be found`);
    return;
  }
  const where = project.config.file ?? 'laiyuan.yaml (none found: laiyuan init writes one)';
  if (missing.length > 0) {
    const id = missing[0];
    throw new UserError(
      `${packList(missing)} no corpus or index, so no reuse of the publisher's articles can be found: set corpus.${id} (folders of the publisher's articles) or index.${id} in ${where}, or give --index; --allow-no-corpus checks the attribution markers alone`,
    );
  }
  if (emptyIndexes.length > 0) {
    const [id, { index, fill }] = emptyIndexes[0];
    throw new UserError(`the index ${index} of pack '${id}' holds no articles, so no reuse of the publisher's articles can be found: build it from the folders of the publisher's articles ('${fill}'), or pass --allow-no-corpus`);
  }
  if (empty.length === 0) return;
  const id = empty[0];
  const unread = loaded.corpusErrors().get(id);
  if (unread !== undefined) throw new UserError(unreadLine(unread));
  throw new UserError(emptyCorpusLine(loaded, id, 'or pass --allow-no-corpus'));
}

/** A pack's corpus of no articles, where it is named and what to do (`more`: the command's own way out). */
export function emptyCorpusLine(loaded: LoadedProject, id: string, more: string, given: readonly string[] = []): string {
  const { config } = loaded.project;
  const where = config.file ?? 'laiyuan.yaml (none found: laiyuan init writes one)';
  const paths = [...(config.corpus[id] ?? []), ...given];
  return `the corpus of pack '${id}' holds no articles (${paths.length > 0 ? paths.join(', ') : 'none'}): corpus.${id} in ${where} should name the folders of the publisher's articles, ${more}`;
}

/** A corpus of no articles because its folders or files could not be read: the first error (its path, line:column), and how many more. */
export function unreadLine(errors: readonly FileError[]): string {
  const [first] = errors;
  const where = [first.file, first.line, first.column].filter((x) => x !== undefined).join(':');
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more corpus path${errors.length > 2 ? 's' : ''} that could not be read)` : '';
  return `${where}: ${first.message}${more}`;
}

function packList(ids: string[]): string {
  return ids.length === 1 ? `pack '${ids[0]}' has` : `packs ${ids.map((id) => `'${id}'`).join(', ')} have`;
}

/**
 * Every folder named finds a file to check, and the run has one at all, else exit 2. `files` are
 * the files to check (relative to cwd), `folders` the folders named (relative to cwd).
 */
export function requireFiles(files: readonly string[], folders: readonly string[], flags: GuardFlags & { fileList?: string }, include: readonly string[]): void {
  if (flags.filesOk === false) return;
  const holding = foldersHolding(files);
  const empty = folders.filter((f) => !holding.has(f));
  const globs = include.join(' ');
  if (empty.length > 0) {
    const more = empty.length > 1 ? ` (and ${empty.length - 1} more folder(s))` : '';
    throw new UserError(
      `no files to check in ${empty[0]}${more}: none matches the include globs (${globs}) outside the ignored files and the corpus; name the folder the articles are in, fix include in the config, or pass --no-files-ok`,
    );
  }
  if (files.length > 0) return;
  // a list of changed files may well name no article (a commit that touched none)
  if (flags.fileList !== undefined) note(`no files to check: the --file-list names no article that is not ignored`);
  else throw new UserError('no files to check: every file named is ignored or is part of the corpus; name the articles to check, or pass --no-files-ok when that is expected');
}

const SKIPS = {
  binary: { what: 'binary', remedy: 'save articles as UTF-8 text' },
  'too-big': { what: 'over --max-file-size', remedy: 'raise --max-file-size' },
  'too-slow': { what: 'past --max-file-time', remedy: 'raise --max-file-time' },
} as const;

/**
 * A run whose every file was skipped (binary, over --max-file-size, past --max-file-time) checked
 * nothing, else exit 2. A run given no file at all is requireFiles' to judge.
 */
export function requireChecked(checks: readonly Pick<FileCheck, 'skipped' | 'skippedFor'>[], flags: GuardFlags): void {
  if (flags.filesOk === false || checks.length === 0 || !checks.every((c) => c.skipped !== undefined)) return;
  const kinds = [...new Set(checks.map((c) => c.skippedFor))].map((kind) => (kind === undefined ? { what: 'skipped', remedy: undefined } : SKIPS[kind]));
  const all = checks.length === 1 ? 'the one file given was' : `all ${checks.length} files given were`;
  const remedies = kinds.flatMap((k) => (k.remedy ? [k.remedy] : [])).join(', ');
  throw new UserError(`nothing was checked: ${all} skipped (${kinds.map((k) => k.what).join(', ')}: see the notes above); ${remedies ? `${remedies}, ` : ''}name the articles to check, or pass --no-files-ok when that is expected`);
}

/** Each folder that holds a file, up to '.': linear in the files. */
function foldersHolding(files: readonly string[]): Set<string> {
  const holding = new Set<string>();
  for (const file of files) {
    for (let dir = path.posix.dirname(file); !holding.has(dir); dir = path.posix.dirname(dir)) {
      holding.add(dir);
      if (path.posix.dirname(dir) === dir) break;
    }
  }
  return holding;
}

function note(text: string): void {
  process.stderr.write(`laiyuan: note: ${text}\n`);
}
