// index update over an index built by an earlier laiyuan, whose HTML pages' records lack the
// headings this one records (Document.headings; format version 3 unchanged): the pages it reads
// again are rewritten in this version's form, the same articles. They were counted as added and
// removed, "(5 added, 5 removed)" when two pages were edited; they are now told apart as rewritten.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/core/read/types.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { laiyuan } from '../e2e/cli.js';
import { criPack, ROOT } from '../helpers/corpus.js';

let site: string;
const PAGES = ['r07-xialiang-cri-credit.html', 'r45-chunyun-meta-source.html', 'r54-gutai-html-entities.html'];

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-older-records-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  mkdirSync(path.join(site, 'corpus/网页'));
  for (const page of PAGES) cpSync(path.join(ROOT, 'fixtures/reuse', page), path.join(site, 'corpus/网页', page));
});

afterEach(() => {
  vi.doUnmock('../../src/core/read/html.js');
  vi.resetModules();
  rmSync(site, { recursive: true, force: true });
});

/** An editor's correction to a page of the corpus. */
function edit(file: string, from: string, to: string): void {
  const at = path.join(site, 'corpus', file);
  const text = readFileSync(at, 'utf8');
  expect(text).toContain(from);
  writeFileSync(at, text.replace(from, to));
}

/** The index an earlier laiyuan wrote: its HTML pages read without their headings. */
async function olderIndex(file: string): Promise<void> {
  vi.resetModules();
  vi.doMock('../../src/core/read/html.js', async (importOriginal) => {
    const html = await importOriginal<typeof import('../../src/core/read/html.js')>();
    return {
      ...html,
      readHtml: (source: string, file: string) => {
        const read = html.readHtml(source, file);
        return { ...read, documents: read.documents.map(({ headings: _, ...doc }): Document => doc) };
      },
    };
  });
  const { buildArchive } = await import('../../src/io/archive.js');
  const built = await buildArchive(file, [path.join(site, 'corpus')], { pack: await criPack(), match: DEFAULT_MATCH, cwd: site, version: '0.9.0' });
  expect(built.errors).toEqual([]);
}

describe('index update over an index of older records', { timeout: 120000 }, () => {
  it('two pages edited: "(2 added, 2 removed, 3 rewritten for this version)", not every HTML page added and removed', async () => {
    await olderIndex(path.join(site, 'archive.lyx'));
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    edit('cri-13-jiuquan-yijian-sixing.txt', '酒泉卫星发射中心', '酒泉卫星发射场');
    const u = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/^updated 18 articles from 18 files into archive\.lyx: .* left out as boilerplate \(2 added, 2 removed, 3 rewritten for this version\)\n$/u);
  });

  it('an HTML page edited as well is added and removed, not rewritten: "(3 added, 3 removed, 2 rewritten for this version)"', async () => {
    await olderIndex(path.join(site, 'archive.lyx'));
    const page = path.join(site, 'corpus/网页/r45-chunyun-meta-source.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('为期40天的2024年春运', '为期四十天的2024年春运'));
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    edit('cri-13-jiuquan-yijian-sixing.txt', '酒泉卫星发射中心', '酒泉卫星发射场');
    const u = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/ \(3 added, 3 removed, 2 rewritten for this version\)\n$/u);
    const again = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(again.stdout).toMatch(/ \(0 added, 0 removed\)\n$/u);
  });
});
