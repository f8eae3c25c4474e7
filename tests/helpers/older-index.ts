// An index an earlier laiyuan wrote: format version 3, but its HTML pages' records without the
// headings this one records (Document.headings). The site it is built over: the demo, and three
// HTML pages of the fixtures in its corpus.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import type { Document } from '../../src/core/read/types.js';
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
