// An index an earlier laiyuan wrote: format version 3, but its HTML pages' records without the
// headings this one records (Document.headings). The site it is built over: the demo, and three
// HTML pages of the fixtures in its corpus.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { expect, vi } from 'vitest';
import type { Document } from '../../src/core/read/types.js';
import type { ByteRun } from '../../src/io/index-records.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { criPack, ROOT } from './corpus.js';

const PAGES = ['r07-xialiang-cri-credit.html', 'r45-chunyun-meta-source.html', 'r54-gutai-html-entities.html'];

/** A new site: the demo, its corpus holding three HTML pages in 网页/. */
export function siteWithPages(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  mkdirSync(path.join(site, 'corpus/网页'));
  for (const page of PAGES) cpSync(path.join(ROOT, 'fixtures/reuse', page), path.join(site, 'corpus/网页', page));
  return site;
}

/** An editor's correction to a file of the site's corpus. */
export function editCorpus(site: string, file: string, from: string, to: string): void {
  const at = path.join(site, 'corpus', file);
  const text = readFileSync(at, 'utf8');
  expect(text).toContain(from);
  writeFileSync(at, text.replace(from, to));
}

/** The index file an earlier laiyuan wrote over the site's corpus: its HTML pages read without their headings (forgetOlder after). */
export async function olderIndex(site: string, file: string): Promise<void> {
  vi.resetModules();
  vi.doMock('../../src/core/read/html.js', async (importOriginal) => {
    const html = await importOriginal<typeof import('../../src/core/read/html.js')>();
    return {
      ...html,
      readHtml: (source: string, name: string) => {
        const read = html.readHtml(source, name);
        return { ...read, documents: read.documents.map(({ headings: _, ...doc }): Document => doc) };
      },
    };
  });
  const { buildArchive } = await import('../../src/io/archive.js');
  const built = await buildArchive(file, [path.join(site, 'corpus')], { pack: await criPack(), match: DEFAULT_MATCH, cwd: site, version: '0.9.0' });
  expect(built.errors).toEqual([]);
}

/** This version's HTML reader again. */
export function forgetOlder(): void {
  vi.doUnmock('../../src/core/read/html.js');
  vi.resetModules();
}

/**
 * The index file laiyuan wrote in format version 3 over the site's corpus: the same but for each
 * record's raw text, deflated whole (version 4 deflates what sets it apart from the text).
 * forgetFormatThree after.
 */
export async function formatThreeIndex(site: string, file: string): Promise<void> {
  vi.resetModules();
  vi.doMock('../../src/core/match/archive-format.js', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/core/match/archive-format.js')>()), INDEX_FORMAT_VERSION: 3 }));
  vi.doMock('../../src/io/index-records.js', async (importOriginal) => {
    const records = await importOriginal<typeof import('../../src/io/index-records.js')>();
    return {
      ...records,
      appendFileRecord: (...[article, dir, cwd, into, stored]: Parameters<typeof records.appendFileRecord>) => appendBytes(asFormatThree(records.toFileRecord(article, dir, cwd, stored), article.doc.raw), into),
    };
  });
  const { buildArchive } = await import('../../src/io/archive.js');
  const built = await buildArchive(file, [path.join(site, 'corpus')], { pack: await criPack(), match: DEFAULT_MATCH, cwd: site, version: '0.2.0' });
  expect(built.errors).toEqual([]);
}

/** This version's writer again. */
export function forgetFormatThree(): void {
  vi.doUnmock('../../src/core/match/archive-format.js');
  vi.doUnmock('../../src/io/index-records.js');
  vi.resetModules();
}

/** A record of this version as version 3 laid it out: u32 CRC-32, JSON bytes, text units, raw bytes; JSON; text; the raw text as UTF-16LE, deflated. */
export function asFormatThree(record: Uint8Array, raw: string): Buffer {
  const four = Buffer.from(record);
  const rawBytes = four.readUInt32LE(12);
  if (rawBytes === 0) return four;
  const three = Buffer.concat([four.subarray(0, four.length - rawBytes), deflateSync(Buffer.from(raw, 'utf16le'), { level: 1 })]);
  three.writeUInt32LE(three.length - (four.length - rawBytes), 12);
  three.writeUInt32LE(crc32(three.subarray(4)), 0);
  return three;
}

function appendBytes(bytes: Buffer, into: ByteRun): void {
  if (into.length + bytes.length > into.bytes.length) {
    const bigger = Buffer.alloc(Math.max(into.length + bytes.length, 2 * into.bytes.length));
    into.bytes.copy(bigger, 0, 0, into.length);
    into.bytes = bigger;
  }
  bytes.copy(into.bytes, into.length);
  into.length += bytes.length;
}
