// index update over an index built by an earlier laiyuan, whose HTML pages' records lack the
// headings this one records (Document.headings; format version 3 unchanged): the pages it reads
// again are rewritten in this version's form, the same articles. They were counted as added and
// removed, "(5 added, 5 removed)" when two pages were edited; they are now told apart as rewritten.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { editCorpus, forgetOlder, olderIndex as olderIndexOf, siteWithPages } from '../helpers/older-index.js';

let site: string;

beforeEach(() => {
  site = siteWithPages('laiyuan-older-records-');
});

afterEach(() => {
  forgetOlder();
  rmSync(site, { recursive: true, force: true });
});

const edit = (file: string, from: string, to: string) => editCorpus(site, file, from, to);
const olderIndex = (file: string) => olderIndexOf(site, file);

describe('index update over an index of older records', { timeout: 120000 }, () => {
  it('two pages edited: "(2 added, 2 removed, 3 rewritten for this version)", not every HTML page added and removed', async () => {
    await olderIndex(path.join(site, 'archive.lyx'));
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    edit('cri-13-jiuquan-yijian-sixing.txt', '酒泉卫星发射中心', '酒泉卫星发射场');
    const u = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/^updated: 2 added, 2 removed, 3 rewritten for this version; 18 articles from 18 files into archive\.lyx: .* left out as boilerplate\n$/u);
  });

  it('an HTML page edited as well is added and removed, not rewritten: "(3 added, 3 removed, 2 rewritten for this version)"', async () => {
    await olderIndex(path.join(site, 'archive.lyx'));
    const page = path.join(site, 'corpus/网页/r45-chunyun-meta-source.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('为期40天的2024年春运', '为期四十天的2024年春运'));
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    edit('cri-13-jiuquan-yijian-sixing.txt', '酒泉卫星发射中心', '酒泉卫星发射场');
    const u = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/^updated: 3 added, 3 removed, 2 rewritten for this version; /u);
    const again = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(again.stdout).toMatch(/^updated: 0 added, 0 removed; /u);
  });
});
