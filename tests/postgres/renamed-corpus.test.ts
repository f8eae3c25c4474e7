// `index update postgres://… 稿库-2025` after the corpus folder `稿库` was renamed (or named
// through a link to itself) found each file it read under a path the server did not hold, and
// added its articles while keeping them under the old path: every article held twice, exit 0. As
// an index file update does (tests/index/renamed-corpus.test.ts), the articles held under another
// path are now replaced by what is read: the server holds what a build over the new path writes.
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { freshSchema, type TestSchema } from './schema.js';
import { tables } from './tables.js';

const ARTICLES: Record<string, string> = {
  '2024/cri-11-hulunbeier.txt':
    '呼伦贝尔冰雪那达慕开幕 牧民赛马迎新春\n2024-01-06 09:30:00来源:国际在线责编:包文\n国际在线海拉尔消息：1月6日，第二十二届呼伦贝尔冰雪那达慕在陈巴尔虎旗开幕，三千多名牧民参加赛马和驯鹿表演。\n当地文旅部门介绍，今年冬季来呼伦贝尔的游客比去年同期增加四成，冰雪民宿预订紧俏。\n',
  '2024/cri-12-ningbo-zhoushan.txt':
    '宁波舟山港年货物吞吐量连续十五年居世界首位\n2024-01-12 15:10:00来源:国际在线责编:钱程\n国际在线宁波消息：记者从宁波舟山港获悉，2023年该港完成货物吞吐量十三亿吨，连续十五年位居全球第一。\n港口新增集装箱航线二十条，海铁联运箱量突破一百六十万标箱。\n',
  '2025/cri-13-xiamen-jinmen.txt':
    '厦门至金门客运航线春节期间加密航班\n2025-01-25 10:00:00来源:国际在线责编:林静\n国际在线厦门消息：为方便两岸同胞春节往来，厦门至金门客运航线自1月25日起每天增开八个航班。\n五通客运码头增设了自助通关通道，旅客通关时间缩短到三分钟以内。\n',
  '2025/cri-14-hefei-kexuedao.txt':
    '合肥科学岛全超导托卡马克装置创造新纪录\n2025-01-20 17:45:00来源:国际在线责编:吴刚\n国际在线合肥消息：1月20日，位于合肥科学岛的全超导托卡马克核聚变实验装置实现一千秒高约束模等离子体运行。\n科研人员表示，这一成果为未来聚变堆的建设提供了重要的实验依据。\n',
};
const GUILIN =
  '桂林漓江景区春节接待游客创新高\n2025-02-05 11:20:00来源:国际在线责编:蒙丽\n国际在线桂林消息：春节假期，桂林漓江景区共接待游客六十万人次，竹筏漂流和夜游项目一票难求。\n景区在码头增设了临时候船区，并开通了多条直达高铁站的旅游专线。\n';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const stats = (url: string) => JSON.parse(run(['index', 'stats', url, '-f', 'json']).stdout) as { articles: number };
const MOVED = /; 4 articles of 4 files held under another path \(a folder renamed or moved, or reached through a link\) now held once, under the path read\n$/u;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-renamed-'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs:\n  - cri\n');
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(site, '稿库', name)), { recursive: true });
    writeFileSync(path.join(site, '稿库', name), text);
  }
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** The server holds, table by table (ids aside), what a build over `paths` writes. */
async function likeBuild(s: TestSchema, paths: string[]): Promise<void> {
  const built = freshSchema();
  expect(run(['index', 'build', ...paths, '--index', built.url]).code).toBe(0);
  expect(await tables(s)).toEqual(await tables(built));
}

describe('index update on a server over a corpus folder under another path than it holds', { timeout: 180000 }, () => {
  it('the folder renamed: each article held once, under its new path, as a build over it holds it, and said so', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '稿库', '--index', s.url]).code).toBe(0);
    renameSync(path.join(site, '稿库'), path.join(site, '稿库-2025'));
    const r = run(['index', 'update', s.url, '稿库-2025']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^updated: 4 added, 4 removed, 0 kept articles rewritten; 4 articles from 4 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s/u);
    expect(r.stdout).toMatch(MOVED);
    expect(stats(s.url)).toMatchObject({ articles: 4 });
    await likeBuild(s, ['稿库-2025']);
    // and again: nothing held elsewhere any more
    expect(run(['index', 'update', s.url, '稿库-2025']).stdout).toMatch(/^updated: 0 added, 0 removed, 0 kept articles rewritten; .* s\n$/u);
  });

  it('the folder given through a link to itself, and back under its own name: the same files held once, as a build through the path given holds them', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '稿库', '--index', s.url]).code).toBe(0);
    symlinkSync('稿库', path.join(site, 'latest'));
    const r = run(['index', 'update', s.url, 'latest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(MOVED);
    await likeBuild(s, ['latest']);
    expect(run(['index', 'update', s.url, '稿库']).stdout).toMatch(MOVED);
    await likeBuild(s, ['稿库']);
  });

  it('another folder of the archive not there, its text read nowhere: kept as stored, while the renamed one is held once', async () => {
    mkdirSync(path.join(site, '外稿'));
    writeFileSync(path.join(site, '外稿', 'cri-19-guilin-lijiang.txt'), GUILIN);
    const s = freshSchema();
    expect(run(['index', 'build', '稿库', '外稿', '--index', s.url]).code).toBe(0);
    rmSync(path.join(site, '外稿'), { recursive: true });
    renameSync(path.join(site, '稿库'), path.join(site, '稿库-2025'));
    const r = run(['index', 'update', s.url, '稿库-2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(MOVED);
    expect(stats(s.url)).toMatchObject({ articles: 5 });
  });
});
