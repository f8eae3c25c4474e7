import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laiyuan } from './workspace.js';

// A made-up site whose footer names its company-style name, while every page credits the short name.
const NOTICE = ['# publisher: 江城网 (jcnews.example.cn)', '江城互动传媒网版权所有  未经授权禁止复制和建立镜像  江ICP证:000123-4', ''].join('\n');

const BODY = [
  '本报讯 国庆假期，江城各大景区迎来客流高峰。据江城市文化和旅游局统计，假期前四天全市共接待游客三百二十万人次，同比增长百分之十八，旅游收入达到二十一亿元。',
  '在滨江公园，来自外地的游客排起长队登上观景台，远眺两岸灯光秀。公园管理处负责人介绍，今年新增了夜间游船线路和三处露天音乐广场，晚间入园人数比去年同期多了一倍。',
  '与此同时，城区老街的非遗集市也格外热闹。剪纸、糖画、竹编等二十多个传统手艺摊位前围满了市民，不少家长带着孩子现场学习制作，感受传统文化的魅力。',
  '江城市文化和旅游局表示，假期后半程将继续加强景区限流和交通疏导，提醒游客错峰出行，提前预约热门景点门票。',
];

const PAGE = ['江城国庆假期前四天接待游客三百二十万人次', '2024-10-05 09:30  来源：江城网', '', ...BODY, ''].join('\n');
const REPRINT = ['国庆假期江城游客同比增长18%', '', ...BODY, ''].join('\n');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-own-none-'));
  for (const sub of ['notices', 'packs', 'archive', 'content']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'notices/jiangcheng.txt'), NOTICE);
  writeFileSync(path.join(dir, 'archive/jc-001.txt'), PAGE);
  writeFileSync(path.join(dir, 'content/reprint.txt'), REPRINT);
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [./packs/jc.yaml]\ncorpus:\n  jc: [archive/]\n');
  const compiled = laiyuan(dir, ['rules', 'compile', 'notices/jiangcheng.txt', '--id', 'jc', '-o', 'packs/jc.yaml']);
  expect(compiled.status, compiled.stderr).toBe(0);
  return dir;
}

describe('a pack none of whose reused archive articles is the publisher\'s own', () => {
  it('says so once, naming the pack and what its pages credit, the exit code unchanged', () => {
    const dir = workspace();
    expect(readFileSync(path.join(dir, 'packs/jc.yaml'), 'utf8')).toMatch(/^name: 江城互动传媒网$/mu);
    writeFileSync(path.join(dir, 'content/reprint-2.txt'), `${REPRINT}\n（来源：江城网）\n`);
    const run = laiyuan(dir, ['check', 'content']);
    expect(run.status).toBe(0);
    const notes = run.stderr.split('\n').filter((l) => l.includes("pack 'jc'"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("laiyuan: note: pack 'jc' (packs/jc.yaml): the one archive article the checked files reuse is not 江城互动传媒网's own: its page credits 江城网 (1)");
    expect(notes[0]).toContain('if 江城网 is 江城互动传媒网 under another name, add it to publisher.aliases in packs/jc.yaml');
    // the same from the results cache
    expect(laiyuan(dir, ['check', 'content', '--cache']).stderr).toContain(notes[0]);
    expect(laiyuan(dir, ['check', 'content', '--cache']).stderr).toContain(notes[0]);
  });

  it('is not said once the pages\' name is an alias: the reprint is the publisher\'s content', () => {
    const dir = workspace();
    const pack = path.join(dir, 'packs/jc.yaml');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('  name: 江城互动传媒网\n', '  name: 江城互动传媒网\n  aliases: [江城网]\n'));
    const run = laiyuan(dir, ['check', 'content', '--format', 'json']);
    expect(run.stderr).not.toContain("pack 'jc'");
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toEqual(['unauthorized-reuse']);
  });
});
