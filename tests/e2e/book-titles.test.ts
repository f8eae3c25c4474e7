// A page title that holds a 书名号 of its own (<title>《区域全面经济伙伴关系协定》生效三周年…</title>,
// or a document's name alone, wholly in 《》) is quoted once: the inner 《》 made 〈〉, a title already
// in 《》 left as it is. Before, every report wrapped it again: 《《区域全面经济伙伴关系协定》生效三周年…》.
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const RCEP = [
  '国际在线南宁消息（记者 黄文娟）：今年是《区域全面经济伙伴关系协定》（RCEP）生效实施三周年。记者从南宁海关获悉，今年前两个月，广西对RCEP其他成员国进出口总值达到752.6亿元，同比增长11.8%，其中对东盟进出口687.3亿元。',
  '南宁海关相关负责人介绍，三年来，海关累计为广西企业签发RCEP原产地证书4.2万份，货值超过300亿元，企业凭证书在进口国享受关税减让约2.6亿元。越南的榴莲、泰国的山竹、马来西亚的燕窝等特色产品，借助协定红利加快进入中国市场。',
  '业内人士表示，随着协定红利持续释放，区域产业链供应链合作不断深化，广西作为面向东盟的门户，将在扩大对东盟开放合作中发挥更大作用。',
];
const MEASURES = [
  '国际在线南宁消息：广西壮族自治区人民政府办公厅日前印发《关于进一步扩大对东盟开放合作的若干措施》，从通道建设、贸易便利化、产业合作和人文交流四个方面提出22条具体措施。',
  '措施提出，到2027年，西部陆海新通道海铁联运班列年开行量达到1.5万列，钦州港集装箱吞吐量突破1000万标准箱，广西对东盟进出口总值年均增长8%以上。',
  '措施还明确，支持南宁、钦州等地建设面向东盟的跨境电商综合试验区，鼓励企业在东盟国家设立海外仓，推动中国—东盟商品交易中心提质升级。',
];

const page = (title: string, date: string, body: string[]) => [
  '<!DOCTYPE html><html><head><meta charset="utf-8">',
  `<title>${title}</title>`,
  `<meta name="publishdate" content="${date}">`,
  '</head><body>',
  `<div class="info">${date}　来源：<a href="https://www.cri.cn/">国际在线</a>　责编：张萌</div>`,
  ...body.map((p) => `<p>${p}</p>`),
  '</body></html>',
].join('\n');
const copy = (title: string, body: string[]) => page(title, '2025-03-08 10:00', body).replace('国际在线</a>', '南国早报</a>');

const { run } = useFiles('laiyuan-book-titles-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  'corpus/cri-rcep.html': page('《区域全面经济伙伴关系协定》生效三周年 广西对RCEP成员国进出口增长11.8%', '2025-03-05 09:30', RCEP),
  'corpus/cri-measures.html': page('《关于进一步扩大对东盟开放合作的若干措施》', '2025-03-06 16:00', MEASURES),
  'content/rcep.html': copy('RCEP生效三周年 广西外贸稳步增长', RCEP),
  'content/measures.html': copy('广西出台22条措施扩大对东盟开放', MEASURES),
}));

describe('a title with 书名号 of its own is quoted once', () => {
  it('in the findings\' messages (JSON) and the terminal\'s evidence', () => {
    const results = JSON.parse(run(['check', 'content', '--format', 'json']).stdout) as CheckResults;
    const reuse = results.findings.filter((f) => f.ruleId === 'unauthorized-reuse').map((f) => f.message.replace(/（覆盖原文.*$/u, ''));
    // before: 《《区域全面经济伙伴关系协定》生效三周年 …》 and 《《关于进一步扩大对东盟开放合作的若干措施》》
    expect(reuse).toEqual([
      '转载了国际在线的文章《关于进一步扩大对东盟开放合作的若干措施》',
      '转载了国际在线的文章《〈区域全面经济伙伴关系协定〉生效三周年 广西对RCEP成员国进出口增长11.8%》',
    ]);
    // the title itself is the page's, as the JSON gives it
    expect(results.findings.map((f) => f.source?.title)).toContain('《区域全面经济伙伴关系协定》生效三周年 广西对RCEP成员国进出口增长11.8%');
    const pretty = run(['check', 'content', '-v', '--no-color']).stdout;
    expect(pretty).toContain('来源文章《关于进一步扩大对东盟开放合作的若干措施》（国际在线）');
    expect(pretty).toContain('来源文章《〈区域全面经济伙伴关系协定〉生效三周年');
    expect(pretty).not.toContain('《《');
  });

  it('in match, Markdown and HTML reports', () => {
    expect(run(['match', 'content/measures.html']).stdout).toContain(' 《关于进一步扩大对东盟开放合作的若干措施》 (corpus/cri-measures.html)');
    for (const format of ['markdown', 'html']) {
      const report = run(['check', 'content', '--format', format]).stdout;
      expect(report).toContain('《〈区域全面经济伙伴关系协定〉生效三周年');
      expect(report).not.toContain('《《');
    }
  });
});
