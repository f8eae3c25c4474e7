// A yearly template whose years are written in Chinese numerals (二〇二三年, 二〇二四年: the style of
// 公文 and of notices that quote them) is two articles, as one with 2023年 and 2024年 is
// (tests/e2e/yearly-template): the year rule read Arabic digits only, so these two notices, 6 % apart,
// were one text, and a reprint of the 2024 one named the 2023 one as its copy.
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

interface Year {
  year: string;
  date: string;
  projects: string;
  venue: string;
}

const Y2023: Year = { year: '二〇二三', date: '3月20日', projects: '20', venue: '北京' };
const Y2024: Year = { year: '二〇二四', date: '4月11日', projects: '21', venue: '北京' };

/** The notice's story for a year: the template filled in each spring. */
function story(y: Year): string[] {
  return [
    `国际在线消息（记者 孙萍）：${y.date}，${y.year}年度全国十大考古新发现终评会在${y.venue}举行。经过初评，共有${y.projects}个项目入围终评，涵盖旧石器时代至明清时期，分布于全国十余个省份，集中展示了考古工作在探源中华文明、实证中华文明突出特性等方面的最新成果。`,
    '终评会上，各入围项目负责人依次汇报了发掘收获和学术价值，评委会专家从学术意义、工作规范和保护利用等方面进行了评议，并以无记名投票方式评选出年度十大考古新发现。',
    '主办方表示，全国十大考古新发现评选活动自1990年开始举办，已成为中国考古学界规模最大、影响最广的年度评选，对推动考古学科发展和公众考古普及发挥了重要作用。',
  ];
}

const title = (y: Year) => `${y.year}年度全国十大考古新发现终评会举行`;
const page = (y: Year, dateLine: string, editor: string) => [title(y), `${dateLine}　来源：国际在线`, ...story(y), `（责任编辑：${editor}）`, ''].join('\n');

const { run } = useFiles('laiyuan-yearly-template-cn-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.95\n',
  'corpus/cri-kaogu-2023.txt': page(Y2023, '2023-03-20 18:05:00', '刘洋'),
  'corpus/cri-kaogu-2024.txt': page(Y2024, '2024-04-11 17:40:00', '刘洋'),
  'corpus/cri-bingxue.txt': '长春冰雪旅游季开幕\n2023-12-18 10:30:00　来源：国际在线\n第二十七届长春冰雪节在净月潭开幕，今年新建的冰雪乐园占地六十万平方米，设有四十条雪道和一座百米冰滑梯。\n',
  'content/kaogu.md': ['---', 'title: 年度十大考古新发现终评会举行', 'date: 2024-04-12', '---', '', ...story(Y2024).map((p) => `${p}\n`)].join('\n'),
}));

describe('a yearly notice with its year in Chinese numerals and the same template of the year before', () => {
  it('are two articles: a reprint of the 2024 notice is against it, the 2023 one not named as its copy', () => {
    const results = JSON.parse(run(['check', 'content/kaogu.md', '--format', 'json']).stdout) as CheckResults;
    const found = results.findings.map((f): [string, string | undefined, string[]] => [f.ruleId, f.source?.articleId, (f.source?.alsoIn ?? []).map((c) => c.articleId)]);
    // before: one finding against cri-kaogu-2024 naming cri-kaogu-2023 as the same text
    expect(found.filter(([, id]) => id === 'cri-kaogu-2024')).toEqual([['unauthorized-reuse', 'cri-kaogu-2024', []]]);
    expect(found.every(([, , also]) => !also.includes('cri-kaogu-2023') && !also.includes('cri-kaogu-2024'))).toBe(true);
  });
});
