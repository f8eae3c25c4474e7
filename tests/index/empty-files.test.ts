// A corpus file of no text (0 bytes, as a CMS export leaves a story not yet filed, or white space
// only) was indexed as an article of no fingerprints: counted in the summary, and an index of such
// files alone was written, although the refusal of an index of no articles says corpus files are
// "empty, or binary". It is now skipped as a binary file is, by build and update alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';

const ARTICLES: Record<string, string> = {
  'cri-21-chongqing-guidao.txt':
    '重庆轨道交通十八号线北延段开通运营\n2024-12-28 09:30:00来源:国际在线责编:刘洋\n国际在线重庆消息：12月28日，重庆轨道交通十八号线北延段正式开通运营，全线设站六座。\n开通后，从富华路到歇台子的乘车时间缩短到二十分钟，沿线居民出行更加便捷。\n',
  'cri-22-harbin-bingxue.txt':
    '哈尔滨冰雪大世界开园 单日入园游客创新高\n2024-12-18 20:10:00来源:国际在线责编:陈静\n国际在线哈尔滨消息：12月18日，第二十六届哈尔滨冰雪大世界开园，当日入园游客超过四万人次。\n园区今年用冰量达三十万立方米，新建的冰滑梯长度为历届之最。\n',
};

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const stats = (file: string) => JSON.parse(run(['index', 'stats', file, '-f', 'json']).stdout) as { articles: number; files: number };

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-empty-files-'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs:\n  - cri\n');
  mkdirSync(path.join(site, '稿库'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(site, '稿库', name), text);
  mkdirSync(path.join(site, '待发'));
  writeFileSync(path.join(site, '待发', 'cri-23-daibu.txt'), '');
  writeFileSync(path.join(site, '待发', 'cri-24-kongbai.md'), ' \r\n\u3000\n');
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('index build and update over corpus files of no text', { timeout: 180000 }, () => {
  it('build: the articles only, the empty files skipped; update: an empty file added changes nothing', () => {
    writeFileSync(path.join(site, '稿库', 'cri-25-kong.txt'), '');
    const built = run(['index', 'build', '稿库', '-o', 'archive.lyx']);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^indexed 2 articles from 2 files into archive\.lyx: /u);
    expect(stats('archive.lyx')).toMatchObject({ articles: 2, files: 2 });
    const updated = run(['index', 'update', 'archive.lyx', '待发']);
    expect(updated.stdout).toMatch(/^updated: 0 added, 0 removed; 2 articles from 2 files into archive\.lyx: .*boilerplate\n$/u);
  });

  it('a folder of empty files alone: refused as an index of no articles, nothing written', () => {
    const r = run(['index', 'build', '待发', '-o', 'archive.lyx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^laiyuan: 待发: no article in the 2 corpus files found \(empty, or binary\); check refuses an index of no articles: .*; archive\.lyx not written\n$/u);
  });

  it('a JSON Lines record of no text ("text": "" or spaces) is an error naming its line, not an article', () => {
    const [name, text] = Object.entries(ARTICLES)[0];
    const records = [{ id: 'cri-26', text: '' }, { id: 'cri-27', text: '   ' }, { id: name, title: text.split('\n')[0], text }];
    writeFileSync(path.join(site, '待发', '导出.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = run(['index', 'build', '待发', '-o', 'archive.lyx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const empty = `this record's text is empty (or white space only): give it the article's text, or remove the line; archive.lyx not written`;
    expect(r.stderr).toBe(`laiyuan: 待发/导出.jsonl:1:${'{"id":"cri-26","text":"'.length + 1}: ${empty}\nlaiyuan: 待发/导出.jsonl:2:${'{"id":"cri-27","text":"'.length + 1}: ${empty}\n`);
  });
});
