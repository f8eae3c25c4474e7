// An archive that holds one article twice (a mirror, a re-import under another id) gives one
// finding per reuse, naming the record published first, in check and in match alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { laiyuan } from './cli.js';

const TITLE = '长春至汉堡中欧班列开行十周年 累计发送货物超百万吨';
const STORY = [
  '国际在线吉林消息（记者 王丽）10月12日上午，一列满载汽车零部件的中欧班列从长春国际陆港鸣笛启程，驶向德国汉堡。',
  '这是长满欧班列开行以来发出的第1800列，标志着这条国际物流通道已稳定运行十年。',
  '据长春国际陆港发展有限公司介绍，十年来班列累计发送货物超过100万吨，货值超过360亿元，运输时间从最初的18天缩短至12天左右。',
  '如今，班列回程搭载的德国机械设备、奶粉和红酒等商品，也通过长春分拨到东北各地的商超和工厂。',
  '吉林省商务厅有关负责人表示，下一步将加密班列频次，拓展至波兰、匈牙利等更多站点，让更多“吉林造”产品走向欧洲市场。',
];
const ARTICLE = [TITLE, '2023-10-12 15:20:06 来源：国际在线 责编：李娜', ...STORY].join('\n');
const OTHER = ['吉林查干湖冬捕节开幕 头鱼拍出26.8万元', '2023-12-28 10:02:11 来源：国际在线', '12月28日，第二十二届中国·吉林查干湖冰雪渔猎文化旅游节在松原市开幕，当天的头鱼经过激烈竞拍，最终以26.8万元成交。冬捕节期间，当地还将举办冰雪运动、民俗展演和美食市集等活动，预计将吸引游客超过30万人次。'].join('\n');

let site = '';
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-same-text-'));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(site, 'corpus/archive.jsonl'), [
    { id: 'cri-mirror-0457', title: TITLE, date: '2024-02-01', url: 'https://mirror.cri.cn/0457.html', text: ARTICLE },
    { id: 'cri-20231012-031', title: TITLE, date: '2023-10-12 15:20:06', url: 'https://news.cri.cn/20231012/banlie.html', text: ARTICLE },
    { id: 'cri-20231228-002', title: OTHER.split('\n')[0], date: '2023-12-28', text: OTHER },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(path.join(site, 'content/banlie.md'), ['---', 'title: 中欧班列十年：从长春到汉堡', 'date: 2023-10-15', '---', '', '# 中欧班列十年：从长春到汉堡', '', ...STORY.map((p) => `${p}\n`)].join('\n'));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the same article stored under two ids', () => {
  it('check reports the reuse once, naming the record published first', () => {
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: site });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as CheckResults;
    expect(results.findings.map((f) => [f.ruleId, f.source?.articleId])).toEqual([['unauthorized-reuse', 'cri-20231012-031']]);
  });

  it('match names one article too', () => {
    const run = laiyuan(['match', 'content/banlie.md'], { cwd: site });
    expect(run.stdout).toContain('cri-20231012-031');
    expect(run.stdout).not.toContain('cri-mirror-0457');
  });
});
