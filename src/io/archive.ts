// Building, updating and opening a pack's archive index file.
import path from 'node:path';
import type { MatchOptions, Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import type { IndexMeta } from '../core/match/archive-format.js';
import { normalize } from '../core/normalize/index.js';
import { lineKey } from '../core/match/boilerplate.js';
import { INDEX_SCHEME } from './index-file.js';
import { toRecord } from './index-records.js';
import { corpusArticles, noticeText } from './corpus-read.js';
import { openArchive } from './archive-open.js';
import { ArchiveBuilder } from './archive-builder.js';
import { removeStaleTemps } from './write-output.js';

export interface ArchiveOptions {
  pack: Pack;
  match: MatchOptions;
  cwd: string;
  version: string;
}

export interface Built {
  meta: IndexMeta;
  bytes: number;
  errors: FileError[];
}

/** Reads the corpus under `paths` and writes its index to `file`, one article at a time. */
export async function buildArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const errors: FileError[] = [];
  const target = path.resolve(options.cwd, file);
  const builder = await archiveBuilder(target, options);
  try {
    for await (const article of corpusArticles([...paths], options.pack, options.cwd, errors)) addArticle(builder, article, target, options.cwd);
  } catch (error) {
    builder.abort();
    throw error;
  }
  return { ...(await builder.finish()), errors };
}

/**
 * The index of `file` with the articles of the files under `paths` read again: the articles of
 * files still there replaced, of files gone removed, of new files added. The others are kept as
 * stored, their corpus unread: records, line keys and postings taken from the old file (only
 * those whose boilerplate lines change are fingerprinted again, from their records). The result
 * is, byte for byte, the index a rebuild over the same files gives.
 */
export async function updateArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const target = path.resolve(options.cwd, file);
  const store = openArchive(target, options.pack, { match: options.match }, { cwd: options.cwd });
  const under = paths.map((p) => path.resolve(options.cwd, p));
  const inside = (abs: string) => under.some((root) => abs === root || abs.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  const errors: FileError[] = [];
  const builder = await archiveBuilder(target, options);
  try {
    const tables = store.updateTables();
    const files = store.meta.files;
    const absolute = files.map((f) => path.resolve(path.dirname(target), f));
    const fresh = corpusArticles([...paths], options.pack, options.cwd, errors);
    let next = await fresh.next();
    for (let id = 0; id < store.articleCount; id++) {
      const f = tables.files[id];
      if (inside(absolute[f])) continue;
      for (; !next.done && path.resolve(options.cwd, next.value.doc.path) < absolute[f]; next = await fresh.next()) addArticle(builder, next.value, target, options.cwd);
      const keys = tables.lines.keys.subarray(tables.lines.starts[id], tables.lines.starts[id + 1]);
      builder.keep(id, store.record(id), keys, tables.fingerprints[id], files[f]);
    }
    for (; !next.done; next = await fresh.next()) addArticle(builder, next.value, target, options.cwd);
    const common = new Map(store.meta.boilerplateLines.map((line) => [lineKey(line), line]));
    return { ...(await builder.finish({ articles: store.articleCount, common, triples: () => store.triples() })), errors };
  } catch (error) {
    builder.abort();
    throw error;
  } finally {
    await store.close();
  }
}

/** A builder writing beside `target`, where the temporary files of builds killed before they finished are removed first. */
async function archiveBuilder(target: string, options: ArchiveOptions): Promise<ArchiveBuilder> {
  await removeStaleTemps([path.dirname(target)]);
  const notice = normalize(noticeText(options.pack)).text;
  return new ArchiveBuilder(target, path.dirname(target), { pack: options.pack.id, match: options.match, notice, scheme: INDEX_SCHEME, version: options.version });
}

function addArticle(builder: ArchiveBuilder, article: Article, target: string, cwd: string): void {
  const dir = path.dirname(target);
  builder.add(toRecord(article, dir, cwd), article.doc.text, relativeFile(target, path.resolve(cwd, article.doc.path)));
}

/** A corpus file as the index names it: relative to the index file's folder, '/'-separated. */
function relativeFile(target: string, abs: string): string {
  return slashes(path.relative(path.dirname(target), abs));
}

/** Articles by file, then by place in the file: a rebuild and an update number them alike. */
export function inCorpusOrder(articles: Article[], cwd: string): Article[] {
  const keyed = articles.map((a) => ({ a, file: path.resolve(cwd, a.doc.path) }));
  keyed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.a.doc.lineOffset - y.a.doc.lineOffset));
  return keyed.map((k) => k.a);
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}
