// A page's raw text (HTML, a JSON Lines line) is stored deflated in its index record; a check
// fetches some forty candidates a document and reads the raw text of few, so it is inflated only
// when read: counted here on node:zlib's inflateSync.
import { rmSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileIndexStore } from '../../src/io/index-file.js';
import { fromFileRecord, toFileRecord } from '../../src/io/index-records.js';
import { IndexFileError } from '../../src/io/index-file-error.js';
import { INDEX_FORMAT_VERSION } from '../../src/core/match/archive-format.js';
import { articleOf, criPack, readAll, ROOT } from '../helpers/corpus.js';
import { fixtureArchive } from '../helpers/archive-file.js';

vi.mock('node:zlib', async (original) => {
  const real = await original<typeof import('node:zlib')>();
  return { ...real, inflateSync: vi.fn(real.inflateSync) };
});
const inflations = vi.mocked(zlib.inflateSync);

const PAGES = ['fixtures/reuse/r07-xialiang-cri-credit.html', 'fixtures/reuse/r54-gutai-html-entities.html', 'fixtures/docs/articles.jsonl', 'fixtures/seed'];
let dir: string;
let store: FileIndexStore;

beforeAll(async () => {
  const built = await fixtureArchive(PAGES, 'laiyuan-raw-');
  dir = built.dir;
  store = FileIndexStore.open(built.file, 'archive.lyx', { cwd: ROOT });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("an index record's raw text", () => {
  it('is not inflated as the article is fetched, and is the page as written once read, after other records were read into the same buffer', async () => {
    const written = new Map((await readAll(PAGES)).map((doc) => [`${doc.path}:${doc.lineOffset}`, doc.raw]));
    const ids = Array.from({ length: store.articleCount }, (_, i) => i);
    inflations.mockClear();
    // one at a time, as a check fetches the candidates it has not kept: each read into the store's one buffer
    const fetched = [];
    for (const id of ids) fetched.push(...(await store.fetch([id])));
    expect(inflations).not.toHaveBeenCalled();
    const pages = fetched.filter((a) => a.doc.text !== written.get(`${a.doc.path}:${a.doc.lineOffset}`));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.map((a) => a.doc.format)).toEqual(expect.arrayContaining(['html', 'jsonl']));
    for (const article of fetched) expect(article.doc.raw).toBe(written.get(`${article.doc.path}:${article.doc.lineOffset}`));
    expect(inflations).toHaveBeenCalledTimes(pages.length);
    for (const article of pages) expect(article.doc.raw.length).toBe(article.doc.text.length);
    expect(inflations).toHaveBeenCalledTimes(pages.length);
  });

  it('that does not inflate to the text (a faulty writer, its CRC-32 made to hold) is refused as the index damaged when read', async () => {
    const pack = await criPack();
    const [page] = (await readAll(['fixtures/reuse/r07-xialiang-cri-credit.html'])).map((doc) => articleOf(doc, pack));
    const record = Buffer.from(toFileRecord(page, dir, ROOT));
    const rawAt = record.length - record.readUInt32LE(12);
    const shorter = zlib.deflateSync(Buffer.from(page.doc.raw.slice(1), 'utf16le'));
    const bad = Buffer.concat([record.subarray(0, rawAt), shorter]);
    bad.writeUInt32LE(shorter.length, 12);
    bad.writeUInt32LE(zlib.crc32(bad.subarray(4)), 0);
    const stored = fromFileRecord(bad, false, { version: INDEX_FORMAT_VERSION, damaged: () => new IndexFileError('the index archive.lyx is damaged') });
    expect(stored?.doc.text).toBe(page.doc.text);
    expect(() => stored?.doc.raw).toThrow('the index archive.lyx is damaged');
  });
});
