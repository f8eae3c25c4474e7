// Which of an archive's copies of one text was published first goes by their dates as dates, in
// whatever form a record writes them (2025/3/4 18:20, 2025年3月5日, 2025-03-06): as text,
// 2025-03-06 sorted before both, so a re-import of the day after stood for the text, and a
// document dated the day between was told it predated the publisher's article.
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const TITLE = '前两月广西对东盟进出口增长12.5%';
const STORY = [
  '国际在线报道（记者 王晓燕）：3月4日，记者从广西壮族自治区商务厅获悉，今年前两个月，广西对东盟进出口总值达到687.3亿元，同比增长12.5%，占同期广西外贸总值的48.6%。其中，对越南进出口412.6亿元，越南继续保持广西第一大贸易伙伴地位。',
  '自治区商务厅对外贸易处负责人介绍，随着中国—东盟自由贸易区3.0版建设加快推进，西部陆海新通道班列开行密度不断加大，钦州港至东盟国家的集装箱航线增加到32条，水果、电子元器件和机电产品成为拉动双边贸易增长的主力。',
  '在凭祥友谊关口岸，来自越南的榴莲、火龙果等热带水果经“绿色通道”快速通关，平均通关时间压缩至30分钟以内。凭祥海关相关负责人表示，口岸今年将继续推广“提前申报”“两步申报”等便利化措施，进一步提升通关效率。',
  '业内人士分析认为，RCEP红利持续释放，区域产业链供应链合作不断深化，预计全年广西对东盟贸易将保持稳定增长态势。',
];
/** The archive's copies: first published on the evening of 4 March, stored again (another 责编) on the 5th, and that copy re-imported on the 6th. */
const COPIES: Array<[id: string, date: string, editor: string]> = [
  ['cri-gx-0304', '2025/3/4 18:20', '张萌'],
  ['cri-gx-0305', '2025年3月5日', '李娜'],
  ['cri-gx-0306', '2025-03-06', '李娜'],
];

/** Two other stories of the archive's: the copies of one text are most of an archive this small, so boilerplate only past 95 % of it. */
const OTHERS = [
  ['南宁国际空港综合交通枢纽投入使用', '2025-02-28 10:15:00　来源：国际在线', '2月28日，南宁吴圩国际机场T3航站楼配套的综合交通枢纽正式投入使用，旅客可在枢纽内换乘地铁、城际巴士和出租车，平均换乘时间缩短至10分钟以内。'],
  ['钦州港开通至胡志明港集装箱直航航线', '2025-03-02 16:40:00　来源：国际在线', '3月2日，钦州港至越南胡志明港的集装箱直航航线首航，单程航行时间约3天，每周一班。这是今年钦州港新开通的第二条东盟航线。'],
];

const record = ([id, date, editor]: (typeof COPIES)[number]) => ['---', `title: ${TITLE}`, `date: ${date}`, 'source: 国际在线', '---', '', ...STORY.map((p) => `${p}\n`), `（责任编辑：${editor}）`, ''].join('\n');
const reprint = (date: string) => ['---', 'title: 广西对东盟外贸开门红', `date: ${date}`, '---', '', ...STORY.map((p) => `${p}\n`)].join('\n');

const { run } = useFiles('laiyuan-copy-dates-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.95\n',
  ...Object.fromEntries(OTHERS.map((lines, i) => [`corpus/cri-other-${i + 1}.txt`, `${lines.join('\n')}\n`])),
  ...Object.fromEntries(COPIES.map((copy) => [`corpus/${copy[0]}.md`, record(copy)])),
  'content/same-day.md': reprint('2025-03-05'),
  'content/day-before.md': reprint('2025-03-03'),
}));

function check(file: string): CheckResults {
  return JSON.parse(run(['check', `content/${file}`, '--format', 'json']).stdout) as CheckResults;
}

/** [rule, source article, its date, ids of the other copies] of a file's findings. */
function findings(file: string): Array<[string, string | undefined, string | null | undefined, string[]]> {
  return check(file).findings.map((f) => [f.ruleId, f.source?.articleId, f.source?.date, (f.source?.alsoIn ?? []).map((c) => c.articleId)]);
}

describe('the copy published first, by dates written in other forms', () => {
  it('a reprint dated the day after the first copy: reported against it, the re-import of the 5th named once', () => {
    // before: predates-source against cri-gx-0306 (2025-03-06 taken as the earliest), the unauthorized reuse held back
    expect(findings('same-day.md')).toEqual([['unauthorized-reuse', 'cri-gx-0304', '2025/3/4 18:20', ['cri-gx-0305']]]);
  });

  it('a document dated before the first copy predates it, by the day that copy gives', () => {
    const results = check('day-before.md');
    // before: predates-source said 2025-03-06, the re-import's date, not the first copy's
    expect(results.findings.map((f) => [f.ruleId, f.source?.articleId])).toEqual([['predates-source', 'cri-gx-0304']]);
    expect(results.findings[0].message).toMatch(/^本文日期 2025-03-03 早于国际在线《前两月广西对东盟进出口增长12\.5%》的日期 2025-03-04：/u);
  });
});
