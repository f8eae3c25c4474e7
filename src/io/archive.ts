// Building, updating and opening a pack's archive index file.
import path from 'node:path';
import type { MatchOptions, Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import { buildIndex } from '../core/match/corpus-index.js';
import { bucketBitsFor, encodeIndex, type IndexMeta } from '../core/match/archive-format.js';
import { checksum, INDEX_SCHEME } from './index-file.js';
import { toRecord } from './index-records.js';
import { noticeText, readCorpus } from './corpus-read.js';
import { openArchive } from './archive-open.js';
import { writeAtomic } from './write-output.js';

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

/** Reads the corpus under `paths` and writes its index to `file`. */
export async function buildArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const errors: FileError[] = [];
  const articles = await readCorpus([...paths], options.pack, options.cwd, new Set(), errors);
  return { ...(await writeArchive(file, articles, options)), errors };
}

/**
 * The index of `file` with the articles of the files under `paths` read again: the articles of
 * files still there replaced, of files gone removed, of new files added; the others kept as
 * stored (their corpus is not read). The result is the index a rebuild over the same files gives.
 */
export async function updateArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const store = openArchive(file, options.pack, { match: options.match }, { cwd: options.cwd });
  const under = paths.map((p) => path.resolve(options.cwd, p));
  const inside = (abs: string) => under.some((root) => abs === root || abs.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  const kept: Article[] = [];
  try {
    for (let id = 0; id < store.articleCount; id++) {
      const article = store.article(id);
      if (!inside(path.resolve(options.cwd, article.doc.path))) kept.push(article);
    }
  } finally {
    await store.close();
  }
  const errors: FileError[] = [];
  const fresh = await readCorpus([...paths], options.pack, options.cwd, new Set(), errors);
  return { ...(await writeArchive(file, [...kept, ...fresh], options)), errors };
}

async function writeArchive(file: string, unordered: Article[], options: ArchiveOptions): Promise<{ meta: IndexMeta; bytes: number }> {
  const cwd = options.cwd;
  const dir = path.dirname(path.resolve(cwd, file));
  const articles = inCorpusOrder(unordered, cwd);
  const notice = noticeText(options.pack);
  const index = buildIndex(articles, options.match, notice);
  const fingerprints = Uint32Array.from(index.articles, (a) => a.fingerprints);
  const total = fingerprints.reduce((n, f) => n + f, 0);
  const files = [...new Set(articles.map((a) => slashes(path.relative(dir, path.resolve(cwd, a.doc.path)))))].sort();
  const meta: IndexMeta = {
    pack: options.pack.id,
    scheme: INDEX_SCHEME,
    options: { k: options.match.k, window: options.match.window, boilerplateShare: options.match.boilerplateShare },
    notice: index.boilerplate.notice,
    boilerplateLines: [...index.boilerplate.lines].sort(),
    articles: articles.length,
    postings: index.postArticle.length,
    keys: index.keys.length,
    droppedFingerprints: total - index.postArticle.length,
    bucketBits: bucketBitsFor(index.postArticle.length),
    laiyuan: options.version,
    files,
  };
  const records = articles.map((a) => toRecord(a, dir, cwd));
  const chunks = encodeIndex(meta, index, fingerprints, records, checksum);
  await writeAtomic(path.resolve(cwd, file), chunks);
  return { meta, bytes: chunks.reduce((n, c) => n + c.byteLength, 0) };
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
