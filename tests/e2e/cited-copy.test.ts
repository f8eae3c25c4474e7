// Of an archive's copies of one text, the finding cites the one published first when the document
// reproduces each of them as well: a copy whose page-header line is shorter (2023年6月9日 08:00
// against 2023-06-06 10:05:00), or a JSON Lines re-import without header lines, is a larger share
// of its own shorter text, which made it the "better" match and the cited source, dated after
// the story first ran. Nor does a later copy saved with CRLF line ends or with paragraphs indented
// by 　　 win for the blanks the same passages then span.
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const TITLE = '长春至白山高铁开通运营 沿线旅游迎来新机遇';
const STORY = [
  '6月6日上午，随着G8101次列车从长春西站驶出，沈白高铁长春至白山段正式开通运营，长白山脚下的白山市结束了不通高铁的历史。长春至白山最快1小时50分钟可达，比原来缩短约3小时。',
  '新线设长春西、吉林、桦甸、白山等8座车站，设计时速250公里。开通初期，铁路部门每日安排动车组列车14对，并将根据客流情况适时增开。',
  '白山市文化广电和旅游局负责人表示，高铁开通将带动长白山、鸭绿江沿线的生态旅游和冰雪旅游，当地已推出“高铁+景区”联票等产品，暑期预计接待游客同比增长三成以上。',
];

const page = (date: string, editor: string) => [TITLE, `${date}　来源：国际在线`, '', ...STORY.map((p) => `${p}\n`), `责任编辑：${editor}`, ''].join('\n');
const record = (id: string, date: string) => `${JSON.stringify({ id, title: TITLE, date, source: '国际在线', content: STORY.join('\n\n') })}\n`;

/** Other stories, so that the copies are not most of the archive. */
const OTHER = [
  ['吉林省启动“冰雪丝路”国际合作项目', '吉林省日前启动“冰雪丝路”国际合作项目，将与俄罗斯、蒙古国等国家的城市在冰雪装备、赛事和旅游线路方面开展合作，首批签约项目12个，协议金额约30亿元。'],
  ['延边州今年新建高标准农田45万亩', '记者从延边朝鲜族自治州农业农村局获悉，今年该州计划新建和改造提升高标准农田45万亩，重点推进水稻主产区的灌排设施建设，预计亩均增产粮食50公斤以上。'],
  ['长春国际汽车城新能源汽车产量增长', '今年前5个月，长春国际汽车城新能源汽车产量达到8.6万辆，同比增长62%。一汽红旗、解放等企业加快推出新车型，带动本地配套企业扩大产能。'],
];

const { run } = useFiles('laiyuan-cited-copy-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.9\n',
  ...Object.fromEntries(OTHER.map(([t, p], i) => [`corpus/cri-other-${i + 1}.txt`, `${t}\n2023-05-2${i} 09:00:00　来源：国际在线\n\n${p}\n`])),
  'corpus/2023/cri-005.txt': page('2023-06-06 10:05:00', '赵磊'),
  'corpus/2024/mirror-cri-005.txt': page('2023年6月9日 08:00', '王芳'),
  'corpus/import/reimport.jsonl': record('cri-005-reimport', '2023-06-12'),
  'content/reprint.md': ['---', 'title: 沈白高铁长白段开通', 'date: 2023-06-14', '---', '', ...STORY.map((p) => `${p}\n`)].join('\n'),
}));

/** A story of many short paragraphs, as news pages print them: blanks between paragraphs weigh. */
const SHORT = [
  '6月6日上午，随着G8101次列车从长春西站驶出，沈白高铁长春至白山段正式开通运营。',
  '长白山脚下的白山市结束了不通高铁的历史。',
  '长春至白山最快1小时50分钟可达，比原来缩短约3小时。',
  '新线设长春西、吉林、桦甸、白山等8座车站，设计时速250公里。',
  '开通初期，铁路部门每日安排动车组列车14对。',
  '铁路部门将根据客流情况适时增开列车。',
  '白山市文化广电和旅游局负责人表示，高铁开通将带动沿线生态旅游。',
  '当地已推出“高铁+景区”联票等产品。',
  '暑期预计接待游客同比增长三成以上。',
];
const shortPage = (date: string, nl: string, indent: string) => [TITLE, `${date}　来源：国际在线`, '', ...SHORT.map((p) => `${indent}${p}${nl}`), '责任编辑：赵磊', ''].join(nl);

const blanks = useFiles('laiyuan-cited-blanks-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.9\n',
  ...Object.fromEntries(OTHER.map(([t, p], i) => [`corpus/cri-other-${i + 1}.txt`, `${t}\n2023-05-2${i} 09:00:00　来源：国际在线\n\n${p}\n`])),
  'corpus/2023/cri-006.txt': shortPage('2023-06-06 10:05:00', '\n', ''),
  'corpus/2024/crlf-cri-006.txt': shortPage('2023-06-09 08:00:00', '\r\n', ''),
  'corpus/2024/indented-cri-006.txt': shortPage('2023-06-10 08:00:00', '\n', '　　'),
  'content/reprint.md': ['---', 'title: 沈白高铁长白段开通', 'date: 2023-06-14', '---', '', ...SHORT.map((p) => `${p}\n`)].join('\n'),
}));

describe('the archive copy a finding cites', () => {
  it('is the one published first, not a later copy with CRLF line ends or indented paragraphs', () => {
    const results = JSON.parse(blanks.run(['check', 'content/reprint.md', '--format', 'json']).stdout) as CheckResults;
    // before: crlf-cri-006 or indented-cri-006, whose blanks between the paragraphs the passages span count as characters reproduced
    expect(results.findings.map((f) => [f.ruleId, f.source?.articleId, f.source?.date, (f.source?.alsoIn ?? []).map((c) => c.articleId)])).toEqual([
      ['unauthorized-reuse', 'cri-006', '2023-06-06T10:05:00', ['crlf-cri-006', 'indented-cri-006']],
    ]);
  });


  it('is the one published first when the document reproduces each copy alike', () => {
    const results = JSON.parse(run(['check', 'content/reprint.md', '--format', 'json']).stdout) as CheckResults;
    // before: mirror-cri-005 (2023年6月9日) or the re-import, whose shorter texts the same passages cover a larger share of
    expect(results.findings.map((f) => [f.ruleId, f.source?.articleId, f.source?.date, (f.source?.alsoIn ?? []).map((c) => c.articleId)])).toEqual([
      ['unauthorized-reuse', 'cri-005', '2023-06-06T10:05:00', ['mirror-cri-005', 'cri-005-reimport']],
    ]);
  });
});
