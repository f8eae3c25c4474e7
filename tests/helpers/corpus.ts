import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/match/types.js';
import type { Document } from '../../src/core/read/types.js';
import type { Pack } from '../../src/core/config/types.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex, type CorpusIndex } from '../../src/core/match/corpus-index.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { discoverFiles } from '../../src/io/discover.js';
import { loadPack } from '../../src/io/packs.js';
import { noticeText } from '../../src/io/project.js';
import { readDocuments } from '../../src/io/read-file.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function criPack(): Promise<Pack> {
  const loaded = await loadPack('cri', ROOT);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.value;
}

/** Every document of the files under `paths` (relative to the repository). */
export async function readAll(paths: string[]): Promise<Document[]> {
  const found = await discoverFiles(paths, { cwd: ROOT, include: [], ignore: [], gitignore: false });
  const docs: Document[] = [];
  for (const file of found.files) {
    const read = await readDocuments(path.join(ROOT, file), { displayPath: file });
    if (read.ok) docs.push(...read.documents);
  }
  return docs;
}

export async function readOne(file: string): Promise<Document> {
  const read = await readDocuments(path.join(ROOT, file), { displayPath: file });
  if (!read.ok || read.documents.length !== 1) throw new Error(`cannot read ${file}`);
  return read.documents[0];
}

export function articleOf(doc: Document, pack: Pack): Article {
  return toArticle(doc, pack);
}

let cached: Promise<{ pack: Pack; index: CorpusIndex; articles: Article[] }> | undefined;

/** The test corpus: the 22 written pages and the seed page, indexed once per test file. */
export function criCorpus(): Promise<{ pack: Pack; index: CorpusIndex; articles: Article[] }> {
  cached ??= (async () => {
    const pack = await criPack();
    const docs = await readAll(['fixtures/corpus/cri', 'fixtures/seed']);
    const articles = docs.map((d) => articleOf(d, pack));
    return { pack, articles, index: buildIndex(articles, DEFAULT_MATCH, noticeText(pack)) };
  })();
  return cached;
}
