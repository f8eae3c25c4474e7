// An index update over a corpus folder that was renamed (or moved), or named through a link to
// itself, found each file it read under a path the index did not hold, and added its articles
// while keeping them under the old path: every article held twice, exit 0. The articles the index
// holds under another path are now replaced by what is read, and the file written is byte for byte
// the one a rebuild over the paths writes; the files of another folder that is not there (a
// multi-folder archive) are kept as before.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';

const CONFIG = 'packs:\n  - cri\n';
const ARTICLES: Record<string, string> = {
  '2024/cri-01-changbaishan.txt':
    '长白山冰雪旅游季开幕 首日接待游客两万人次\n2023-12-01 10:20:00来源:国际在线责编:王晓\n国际在线长春消息：12月1日，吉林省长白山冰雪旅游季正式开幕，首日接待游客两万人次。\n景区今年新开通三条雪道，并在山门处增设了游客服务中心，游客可以在线预约滑雪教练。\n',
  '2024/cri-02-tianjingang.txt':
    '天津港集装箱吞吐量创新高\n2024-01-15 09:00:00来源:国际在线责编:李明\n国际在线天津消息：2024年1月，天津港集装箱吞吐量同比增长百分之十二，创历史同期新高。\n港口方面表示，新开通的航线和智慧码头建设是增长的主要原因，自动化岸桥已投入使用。\n',
  '2025/cri-03-zhongou-banlie.txt':
    '中欧班列长春至汉堡线路开行一周年\n2025-03-02 14:30:00来源:国际在线责编:赵丽\n国际在线长春消息：3月2日，中欧班列长春至汉堡线路迎来开行一周年，累计发送货物五万标箱。\n班列运输的汽车零部件和粮食产品，通关时间比去年缩短了一半。\n',
  '2025/cri-04-jiuquan.txt':
    '酒泉卫星发射中心一箭四星发射成功\n2025-04-18 11:05:00来源:国际在线责编:孙强\n国际在线酒泉消息：4月18日，我国在酒泉卫星发射中心以一箭四星方式成功发射四颗试验卫星。\n卫星顺利进入预定轨道，发射任务获得圆满成功，这是该型运载火箭的第十次飞行。\n',
};

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const bytesOf = (file: string) => readFileSync(path.join(site, file));
const stats = (file: string) => JSON.parse(run(['index', 'stats', file, '-f', 'json']).stdout) as { articles: number; files: number };

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-renamed-corpus-'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), CONFIG);
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(site, '稿库', name)), { recursive: true });
    writeFileSync(path.join(site, '稿库', name), text);
  }
  expect(run(['index', 'build', '稿库', '-o', 'archive.lyx']).code).toBe(0);
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

/** The update succeeded, holding each article once, as a rebuild over `paths` does, byte for byte. */
function likeRebuild(update: { code: number | null; stdout: string; stderr: string }, paths: string[], articles: number): void {
  expect(update.stderr).toBe('');
  expect(update.code).toBe(0);
  expect(stats('archive.lyx')).toMatchObject({ articles, files: articles });
  expect(run(['index', 'build', ...paths, '-o', 'rebuilt.lyx']).code).toBe(0);
  expect(bytesOf('archive.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
}

describe('index update over a corpus folder under another path than the index holds', { timeout: 180000 }, () => {
  it('the folder renamed: each article held once, under its new path, as a rebuild holds it, and said so', () => {
    renameSync(path.join(site, '稿库'), path.join(site, '稿库-2025'));
    const r = run(['index', 'update', 'archive.lyx', '稿库-2025']);
    likeRebuild(r, ['稿库-2025'], 4);
    expect(r.stdout).toMatch(/^updated: 4 added, 4 removed; 4 articles from 4 files into archive\.lyx: .*boilerplate; 4 articles of 4 files held under another path \(a folder renamed or moved, or reached through a link\) now held once, under the path read\n$/u);
    // and again: nothing held elsewhere any more
    expect(run(['index', 'update', 'archive.lyx', '稿库-2025']).stdout).toMatch(/^updated: 0 added, 0 removed; .*boilerplate\n$/u);
  });

  it('one year folder renamed and one article of it edited: the other held once; the edited one\'s old text kept under its old path (not there, not under the paths: kept by design)', () => {
    renameSync(path.join(site, '稿库', '2025'), path.join(site, '稿库', '2025年'));
    const edited = path.join(site, '稿库', '2025年', 'cri-04-jiuquan.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('一箭四星方式', '一箭四星的方式'));
    const r = run(['index', 'update', 'archive.lyx', '稿库/2025年']);
    expect(r.stdout).toContain('; 1 article of 1 file held under another path');
    expect(stats('archive.lyx')).toMatchObject({ articles: 5, files: 5 });
  });

  it('the folder given through a link to itself: the same files, held once, under the link, as a rebuild through it holds them', () => {
    symlinkSync('稿库', path.join(site, 'latest'));
    likeRebuild(run(['index', 'update', 'archive.lyx', 'latest']), ['latest'], 4);
    // and back under its own name
    likeRebuild(run(['index', 'update', 'archive.lyx', '稿库']), ['稿库'], 4);
  });

  it('another folder of the archive not there: kept as stored, while the renamed one is held once', () => {
    mkdirSync(path.join(site, '外稿'));
    writeFileSync(
      path.join(site, '外稿', 'cri-09-hainan.txt'),
      '海南自贸港离岛免税销售额增长\n2025-02-10 08:45:00来源:国际在线责编:周洁\n国际在线海口消息：今年春节假期，海南离岛免税销售额同比增长三成，购物人数超过四十万人次。\n海口海关表示，免税店新增的国际品牌和线上预约提货服务受到游客欢迎。\n',
    );
    expect(run(['index', 'build', '稿库', '外稿', '-o', 'archive.lyx']).code).toBe(0);
    rmSync(path.join(site, '外稿'), { recursive: true });
    renameSync(path.join(site, '稿库'), path.join(site, '稿库-2025'));
    const r = run(['index', 'update', 'archive.lyx', '稿库-2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('; 4 articles of 4 files held under another path');
    expect(stats('archive.lyx')).toMatchObject({ articles: 5, files: 5 });
  });
});
