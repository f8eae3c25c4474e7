// A realistic CheckResults for the formatter tests: two checked files with findings, one unreadable file.
import { docsUrl } from '../../src/core/judge/rule.js';
import type { CheckResults, Finding, RuleMeta } from '../../src/core/judge/types.js';
import type { PassageReport } from '../../src/core/match/types.js';
import { RULES } from '../../src/rules/index.js';

export const CWD = '/home/editor/site';

export const RULE_METAS: RuleMeta[] = RULES.map(({ id, description, docs, defaultSeverity }) => ({ id, description, docs, defaultSeverity }));

const CLAUSE_2 = '凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。';
const CLAUSE_3 = '“国际在线”自有版权信息(包括但不限于“国际在线专稿”、“国际在线消息”、“国际在线XX消息”“国际在线报道”“国际在线XX报道”等信息内容,但明确标注为第三方版权的内容除外)均由国广国际在线网络(北京)有限公司统一管理和销售。\n\n已取得国广国际在线网络(北京)有限公司使用授权的被授权人,应严格在授权范围内使用,不得超范围使用,使用时应注明“来源:国际在线”。违反上述声明者,本网将追究其相关法律责任。';
const CLAUSE_4 = '凡本网注明“来源:XXX(非国际在线)”的作品,均转载自其它媒体,转载目的在于传递更多信息,丰富网络文化,此类稿件并不代表本网赞同其观点和对其真实性负责。';
const CONTACT = '如对内容或版权有疑问，请在事由发生之日起30日内与国际在线联系（第5条）。';

/** A passage on one line in each file; end columns follow from the text (code points, end exclusive). */
function passage(at: [number, number], text: string, sourceAt: [number, number], sourceText: string, similarity: number): PassageReport {
  return {
    line: at[0],
    column: at[1],
    endLine: at[0],
    endColumn: at[1] + [...text].length,
    sourceLine: sourceAt[0],
    sourceColumn: sourceAt[1],
    sourceEndLine: sourceAt[0],
    sourceEndColumn: sourceAt[1] + [...sourceText].length,
    similarity,
    text,
    sourceText,
  };
}

export const REPRINT_FILE = 'news/国际/2022-03-04-东博会.md';
export const JILIN_FILE = '稿件/吉林会谈.txt';
export const BROKEN_FILE = '稿件/旧稿 gbk.txt';

const CRI_ARTICLE = {
  articleId: 'cri-06-zhongguo-dongmeng-bolanhui',
  title: '第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高',
  file: 'fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt',
  url: 'http://news.cri.cn/20230917/5b2e8f0a-7c1d-4e3b-9a6f-1c4d2e8b7f30.html',
  date: '2023-09-17 18:30:51',
  origin: '国际在线',
  record: null,
};

const REPRINT_DOCUMENT = { id: null, title: '东博会开幕 签约超4870亿元', date: '2023-09-18', url: 'https://www.example-news.cn/2023/09/18/dongbohui.html', record: null };

export const CHANGED_DOC = '9月16日，第20届中国—东盟博览会和中国—东盟商务与投资峰会在广西南宁隆重开幕。本届博览会以“共享‘一带一路’新机遇，助力中国—东盟命运共同体建设”为主题';
export const CHANGED_SOURCE = '9月16日，第20届中国—东盟博览会和中国—东盟商务与投资峰会在广西南宁开幕。本届博览会以“共享‘一带一路’新机遇，助力中国—东盟命运共同体建设”为主题';
const SAME_TEXT = '广西壮族自治区商务厅副厅长黄建平介绍，截至开幕首日下午，本届博览会已签订投资合作项目470多个，总投资额超过4870亿元';

const reprint: Finding = {
  ruleId: 'unauthorized-reuse',
  severity: 'error',
  pack: 'cri',
  file: REPRINT_FILE,
  line: 7,
  column: 3,
  endLine: 7,
  endColumn: 3 + [...CHANGED_DOC].length,
  message: '转载了国际在线的文章《第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高》（覆盖原文 87%），但配置中没有国际在线的授权；注明来源也不能代替书面授权',
  clause: { number: 2, text: CLAUSE_2 },
  source: CRI_ARTICLE,
  reuse: {
    kind: 'reprint',
    coverage: 0.87341,
    docCoverage: 0.91234,
    similarity: 0.96184,
    passages: [
      passage([7, 3], CHANGED_DOC, [6, 3], CHANGED_SOURCE, 0.97826),
      passage([11, 3], SAME_TEXT, [10, 3], SAME_TEXT, 1),
    ],
  },
  attribution: { claimed: '来源：新华网', expected: null },
  remedy: `取得国广国际在线网络(北京)有限公司的书面授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容。${CONTACT}`,
  fingerprint: '9f2c41d07ab35e66',
  docs: docsUrl('unauthorized-reuse'),
  document: REPRINT_DOCUMENT,
};

const wrongSource: Finding = {
  ruleId: 'wrong-source',
  severity: 'error',
  pack: 'cri',
  file: REPRINT_FILE,
  line: 4,
  column: 1,
  endLine: 4,
  endColumn: 7,
  message: '注明的来源是「新华网」，但所用内容出自国际在线，应注明「来源:国际在线」\n覆盖原文 87%: 近乎全文转载，请核对来源',
  clause: { number: 3, text: CLAUSE_3 },
  source: CRI_ARTICLE,
  reuse: { kind: 'reprint', coverage: 0.87341, similarity: 0.96184, passages: [] },
  attribution: { claimed: '来源：新华网', expected: '来源:国际在线' },
  remedy: `把「来源：新华网」改为「来源:国际在线」。${CONTACT}`,
  fingerprint: '1c8e0f3b5a7d9264',
  docs: docsUrl('wrong-source'),
  fix: [{ start: 41, end: 47, text: '来源:国际在线' }],
};

export const JILIN_DOC = '为深入贯彻习近平总书记视察吉林重要讲话重要指示精神，2月28日至3月3日，省委书记景俊海，省委副书记、省长韩俊率队赴京分别与国家发展改革委、工信部、科技部、中国科学院等9个国家部委和单位举行工作会谈';
export const JILIN_SOURCE = '为深入贯彻习近平总书记视察吉林重要讲话重要指示精神,2月28日至3月3日,省委书记景俊海,省委副书记、省长韩俊率队赴北京分别与国家发展改革委、工信部、科技部、中国科学院、中国农业发展银行、国家开发银行等9个国家部委和单位举行工作会谈';

const missing: Finding = {
  ruleId: 'missing-attribution',
  severity: 'error',
  pack: 'cri',
  file: JILIN_FILE,
  line: 3,
  column: 3,
  endLine: 3,
  endColumn: 3 + [...JILIN_DOC].length,
  message: '所用内容转载自吉林日报，但全文没有注明来源，应注明「来源：吉林日报」',
  clause: { number: 4, text: CLAUSE_4 },
  source: {
    articleId: 'cri-page-jilin-2022-03-04',
    title: '深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能',
    file: 'fixtures/seed/cri-page-jilin-2022-03-04.txt',
    url: null,
    date: '2022-03-04 11:59:53',
    origin: '吉林日报',
  },
  reuse: { kind: 'edited', coverage: 0.41236, similarity: 0.88419, passages: [passage([3, 3], JILIN_DOC, [8, 3], JILIN_SOURCE, 0.88419)] },
  attribution: { claimed: null, expected: '来源：吉林日报' },
  remedy: `在标题下方加上「来源：吉林日报」。${CONTACT}`,
  fingerprint: '5e0a7b2c9d13f846',
  docs: docsUrl('missing-attribution'),
  fix: [{ start: 24, end: 24, text: '来源：吉林日报\r\n' }],
};

const nonstandard: Finding = {
  ruleId: 'nonstandard-attribution',
  severity: 'warning',
  pack: 'cri',
  file: JILIN_FILE,
  line: 9,
  column: 1,
  endLine: 9,
  endColumn: 7,
  message: '来源写作「来源：CRI」，国际在线要求的写法是「来源:国际在线」',
  clause: { number: 3, text: CLAUSE_3 },
  source: null,
  reuse: null,
  attribution: { claimed: '来源：CRI', expected: '来源:国际在线' },
  remedy: `把「来源：CRI」改为「来源:国际在线」。${CONTACT}`,
  fingerprint: 'b47d2e90c13a5f68',
  docs: docsUrl('nonstandard-attribution'),
};

const outOfScope: Finding = {
  ruleId: 'out-of-scope',
  severity: 'info',
  pack: 'cri',
  file: JILIN_FILE,
  line: 10,
  column: 3,
  endLine: 12,
  endColumn: 21,
  message: '超出授权范围使用国际在线的内容（协议 CRI-SQ-2021-088）：授权的使用方式不含「摘编」',
  clause: { number: 3, text: CLAUSE_3 },
  source: null,
  reuse: null,
  attribution: { claimed: '来源：CRI', expected: null },
  remedy: `在授权范围内使用，或就超出部分向国广国际在线网络(北京)有限公司申请扩大授权。${CONTACT}`,
  fingerprint: '03f6c9a8e2b7d451',
  docs: docsUrl('out-of-scope'),
};

/** A fresh copy each time: tests may change it. */
export function sampleResults(): CheckResults {
  return structuredClone({
    version: 1,
    tool: { name: 'laiyuan', version: '0.1.0' },
    summary: { filesChecked: 5, filesWithFindings: 2, errors: 3, warnings: 1, infos: 1 },
    findings: [wrongSource, reprint, missing, nonstandard, outOfScope],
    errors: [{ file: BROKEN_FILE, line: 3, column: 7, message: '无法按 GB18030 解码：第 3 行第 7 列的字节 0xFF 无效。请把文件另存为 UTF-8 后重试' }],
  } satisfies CheckResults);
}

export function sampleOptions(color = false, more: { width?: number; evidence?: boolean } = {}): { color: boolean; cwd: string; rules: RuleMeta[]; width?: number; evidence?: boolean } {
  return { color, cwd: CWD, rules: RULE_METAS, ...more };
}
