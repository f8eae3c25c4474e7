// An index file's article records (format version 4; version 3's still read): each article comes
// back as it went in, whatever its format, and a damaged record is found, not read as another article.
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/match/types.js';
import { fileRecordText, fromFileRecord, fromStored, toFileRecord } from '../../src/io/index-records.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { bodyStart } from '../../src/core/metadata/body.js';
import { articleOf, criPack, readAll, ROOT } from '../helpers/corpus.js';
import { article } from '../helpers/docs.js';
import { asFormatThree } from '../helpers/older-index.js';

const dir = path.join(ROOT, 'index-folder');
const STORED = article('a1001', '吉林算力网络迎来新机遇\n2019-04-09 10:00:00　来源：国际在线\n');

async function articles(): Promise<Article[]> {
  const pack = await criPack();
  const docs = await readAll(['fixtures/reuse/r07-xialiang-cri-credit.html', 'fixtures/reuse/r54-gutai-html-entities.html', 'fixtures/docs/articles.jsonl', 'fixtures/docs/article.md', 'fixtures/seed']);
  return docs.map((doc) => articleOf(doc, pack));
}

describe('index file records', () => {
  it('give back every article as it went in: HTML, JSON Lines, Markdown and text, keys in their order', async () => {
    const all = await articles();
    expect(new Set(all.map((a) => a.doc.format))).toEqual(new Set(['html', 'jsonl', 'markdown', 'text']));
    expect(all.some((a) => a.doc.raw !== a.doc.text)).toBe(true);
    for (const article of all) {
      const record = toFileRecord(article, dir, ROOT);
      const back = fromStored(fromFileRecord(record)!, dir, ROOT);
      expect(JSON.stringify(back)).toBe(JSON.stringify(article));
      expect(fileRecordText(record)).toBe(article.doc.text);
    }
  });

  it("store a page's raw text as what sets it apart from its text: fewer bytes than it deflated whole, under half for an HTML page", async () => {
    const pages = (await articles()).filter((a) => a.doc.raw !== a.doc.text);
    expect(new Set(pages.map((a) => a.doc.format))).toEqual(new Set(['html', 'jsonl', 'markdown']));
    for (const page of pages) {
      const rawBytes = Buffer.from(toFileRecord(page, dir, ROOT)).readUInt32LE(12);
      const whole = deflateSync(Buffer.from(page.doc.raw, 'utf16le'), { level: 1 }).length;
      expect(rawBytes, page.doc.path).toBeLessThan((page.doc.format === 'html' ? 0.5 : 1) * whole);
    }
  });

  it('of format version 3 (the raw text deflated whole) are read as they were written', async () => {
    for (const article of await articles()) {
      const three = asFormatThree(toFileRecord(article, dir, ROOT), article.doc.raw);
      const back = fromFileRecord(three, false, { version: 3, damaged: () => new Error('damaged') });
      expect(JSON.stringify(fromStored(back!, dir, ROOT))).toBe(JSON.stringify(article));
      // read as version 4's, its raw text would be another (as long): what the version in the header is for
      const misread = fromFileRecord(three, false, { version: 4, damaged: () => new Error('damaged') });
      if (article.doc.raw !== article.doc.text) expect(misread?.doc.raw).not.toBe(article.doc.raw);
    }
  });

  it("keep an HTML page's headings; one an older build stored without them finds the same body start in its markup", async () => {
    const pages = (await articles()).filter((a) => a.doc.format === 'html');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const { doc } = page;
      expect(doc.headings?.length).toBeGreaterThan(0);
      expect(fromFileRecord(toFileRecord(page, dir, ROOT))?.doc.headings).toEqual(doc.headings);
      const { headings: _, ...older } = doc;
      const metadata = extractMetadata(doc);
      expect(bodyStart(older, metadata), doc.path).toBe(bodyStart(doc, metadata));
      expect(bodyStart(doc, metadata), doc.path).toBeDefined();
    }
  });

  it('name the file of an article relative to the working folder, wherever the index stands and whatever its stored path holds', () => {
    const stored = (file: string): Article => ({ ...STORED, doc: { ...STORED.doc, path: file } });
    const folders = ['/srv/news', '/srv/news/index', '/srv', '/srv/other', '/'];
    const paths = ['a1001.txt', 'corpus/2024/a1001.txt', '../corpus/a1001.txt', './corpus/a1001.txt', 'corpus/../a1001.txt', 'corpus//a1001.txt', '.hidden/a.txt', '...', 'corpus/'];
    for (let round = 0; round < 2; round++) {
      for (const dir of folders) {
        for (const cwd of folders) {
          for (const file of paths) {
            const expected = path.relative(cwd, path.resolve(dir, file)).split(path.sep).join('/');
            expect(fromStored(stored(file), dir, cwd).doc.path, `${file} in ${dir} from ${cwd}`).toBe(expected);
          }
        }
      }
    }
  });

  it('decode the same once their CRC-32 has held, their lengths still checked (a check reads a candidate again and again)', async () => {
    for (const article of await articles()) {
      const record = toFileRecord(article, dir, ROOT);
      expect(JSON.stringify(fromFileRecord(record, true))).toBe(JSON.stringify(fromFileRecord(record)));
      expect(fromFileRecord(record.subarray(0, record.length - 1), true)).toBeUndefined();
    }
  });

  it('keep UTF-16 units that are no characters (a lone surrogate) in the text and the raw text', async () => {
    const [html] = await articles();
    const odd = { ...html, doc: { ...html.doc, raw: `\uD800${html.doc.raw.slice(1)}`, text: `\uDC00${html.doc.text.slice(1)}` } };
    const back = fromFileRecord(toFileRecord(odd, dir, ROOT))!;
    expect(back.doc.raw).toBe(odd.doc.raw);
    expect(back.doc.text).toBe(odd.doc.text);
  });

  it('are refused when any byte changes or the record is cut', async () => {
    for (const article of await articles()) {
      const record = toFileRecord(article, dir, ROOT);
      for (const at of [0, 5, 16, record.length >> 1, record.length - 1]) {
        const bad = Uint8Array.from(record);
        bad[at] ^= 0x5a;
        expect(fromFileRecord(bad)).toBeUndefined();
        expect(fileRecordText(bad)).toBeUndefined();
      }
      expect(fromFileRecord(record.subarray(0, record.length - 1))).toBeUndefined();
      expect(fromFileRecord(record.subarray(0, 10))).toBeUndefined();
    }
  });
});
