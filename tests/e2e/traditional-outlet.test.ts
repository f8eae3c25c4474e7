// An archive page in traditional characters (a Big5 file) that credits its original outlet
// (第三方版權 來源：澎湃新聞, or a header line 來源：聯合新聞網) is a reprint from that outlet. The credit a
// finding asks for is the notice's form, 来源:国际在线, with that outlet in it: in one script, the
// notice's (simplified), not 来源:澎湃新聞 half and half; --fix writes it in the checked file's own
// script (來源:澎湃新聞 into a Big5 file, as 來源:國際在線 for 国际在线's own content).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const PORT_TW = [
  '記者從深圳市交通運輸局獲悉，今年前5個月深圳港完成集裝箱吞吐量一千二百六十萬標準箱，同比增長百分之十一，創歷史同期新高。',
  '據介紹，深圳港今年新開通國際班輪航線十二條，其中包括多條通往東南亞和中東的航線，外貿集裝箱吞吐量增速明顯高於內貿。',
];
const PORT = [
  '记者从深圳市交通运输局获悉，今年前5个月深圳港完成集装箱吞吐量一千二百六十万标准箱，同比增长百分之十一，创历史同期新高。',
  '据介绍，深圳港今年新开通国际班轮航线十二条，其中包括多条通往东南亚和中东的航线，外贸集装箱吞吐量增速明显高于内贸。',
];
const TEA_TW = [
  '台灣高山茶春茶進入採收期，南投縣鹿谷鄉茶農清晨上山採摘，今年雨水充足，茶葉品質優於往年，產量預估增加一成。',
  '鹿谷鄉農會表示，今年春茶比賽報名件數創下新高，得獎茶葉將於五月底公開標售，吸引不少外地買家提前預訂。',
];
const TEA = [
  '台湾高山茶春茶进入采收期，南投县鹿谷乡茶农清晨上山采摘，今年雨水充足，茶叶品质优于往年，产量预估增加一成。',
  '鹿谷乡农会表示，今年春茶比赛报名件数创下新高，得奖茶叶将于五月底公开标售，吸引不少外地买家提前预订。',
];

const body = (paragraphs: string[]) => paragraphs.map((p) => `　　${p}\n`).join('\n');
const page = (headline: string, credit: string, paragraphs: string[]) => [headline, ...(credit ? [credit] : []), '', ...paragraphs, ''].join('\n');

const { run, dir } = useFiles('laiyuan-traditional-outlet-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  'content/port-none.txt': page('深圳港吞吐量创新高', '', PORT),
  'content/port-xinhua.txt': page('深圳港吞吐量创新高', '来源：新华社', PORT),
  'content/port-tw-credited.txt': page('深圳港吞吐量創新高', '來源：澎湃新聞', PORT_TW),
  'content/tea-none.md': ['# 台湾高山茶春茶开采', '', ...TEA.flatMap((p) => [p, ''])].join('\n'),
}));

beforeAll(() => {
  mkdirSync(path.join(dir(), 'corpus'));
  const big5 = (name: string, text: string) => writeFileSync(path.join(dir(), name), iconv.encode(text, 'big5'));
  // 国际在线's archive pages, as a traditional-character edition carries them
  big5('corpus/cri-2024-0611-gangkou-tw.txt', `深圳港集裝箱吞吐量創同期新高\n2024-06-11 15:20:00　責編：陳晨\n第三方版權 來源：澎湃新聞\n\n${body(PORT_TW)}`);
  big5('corpus/cri-2024-0508-gaoshancha-tw.txt', `台灣高山茶春茶開採\n2024-05-08 09:00:00　來源：聯合新聞網　責編：林怡君\n\n${body(TEA_TW)}`);
  big5('content/port-none-big5.txt', page('深圳港吞吐量創新高', '', PORT_TW));
});

function findings(args: string[]): Finding[] {
  return (JSON.parse(run(['check', ...args, '--format', 'json']).stdout) as CheckResults).findings;
}

describe('a reprint whose archive page credits its outlet in traditional characters', () => {
  it('asks for the credit in one script, the notice\'s: 来源:澎湃新闻, 来源:联合新闻网', () => {
    const found = findings(['content/port-none.txt', 'content/port-xinhua.txt', 'content/tea-none.md']);
    // before: 来源:澎湃新聞 and 来源:联合新聞網, the notice's 来源 with the page's outlet
    expect(found.map((f) => [f.file, f.ruleId, f.source?.origin, f.attribution.expected])).toEqual([
      ['content/port-none.txt', 'missing-attribution', '澎湃新闻', '来源:澎湃新闻'],
      ['content/port-xinhua.txt', 'wrong-source', '澎湃新闻', '来源:澎湃新闻'],
      ['content/tea-none.md', 'missing-attribution', '联合新闻网', '来源:联合新闻网'],
    ]);
    expect(found[0].message).toBe('所用内容转载自澎湃新闻，但全文没有注明来源，应注明「来源:澎湃新闻」');
    expect(found[0].remedy).toMatch(/^在标题下方加上「来源:澎湃新闻」。/u);
    expect(found[1].remedy).toMatch(/^把「来源：新华社」改为「来源:澎湃新闻」。/u);
  });

  it('--fix writes it in each file\'s own script: simplified into a simplified file, traditional into a Big5 one', () => {
    expect(run(['check', 'content/port-none.txt', 'content/port-none-big5.txt', '--fix']).code).toBe(0);
    expect(readFileSync(path.join(dir(), 'content/port-none.txt'), 'utf8')).toBe(page('深圳港吞吐量创新高', '来源:澎湃新闻', PORT));
    const big5 = iconv.decode(readFileSync(path.join(dir(), 'content/port-none-big5.txt')), 'big5');
    expect(big5).toBe(page('深圳港吞吐量創新高', '來源:澎湃新聞', PORT_TW));
  });

  it('a document crediting it in traditional characters (來源：澎湃新聞) is credited', () => {
    expect(findings(['content/port-tw-credited.txt'])).toEqual([]);
  });
});
