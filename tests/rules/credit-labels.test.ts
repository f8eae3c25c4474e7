// Credit labels and forms a by-hand trial found unread, each read as the credit it is: a 来源 label
// spaced to line up with 作 者 and 编 辑 (来 源：, 来　源：, 来&nbsp;&nbsp;源：), an excerpt's credit
// in its usual words (（本文摘编自国际在线）, 选自, 编译自, （据国际在线报道）, （综合国际在线报道）) and the
// ︰ colon of Hong Kong and Taiwan pages, 来源/国际在线, and a credit on a header line that starts
// with the site's address. Each is no missing-attribution and gets no second credit from --fix; a
// wrong one is wrong-source. Then a verbatim copy that keeps the article's own foot credit after a
// closing quote and spaces, and adds none of its own, names no source (missing-attribution).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { applyEdits } from '../../src/core/fix/edits.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { articleOf, criPack } from '../helpers/corpus.js';
import { LICENCE, articleById, check, documentOf, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [{ ...LICENCE, actions: ['转载', '摘编'] }] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const CRI07_PAGE = (await articleById('cri-07-hanchao-chengse-yujing')).doc.text;
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);

/** Checks a page, applies every fix, and returns the findings, the fixed page and its findings. */
async function fixed(text: string, c: Case = LICENSED): Promise<{ findings: Finding[]; after: string; again: Finding[] }> {
  const findings = await check(text, c);
  const after = applyEdits(text, findings.flatMap((f) => f.fix ?? []));
  return { findings, after, again: await check(after, c) };
}

/** A page whose one credit names 新华网: one wrong-source finding, naming it. */
async function expectWrongSource(text: string, c: Case = LICENSED): Promise<Finding> {
  const findings = await check(text, c);
  expect(ids(findings)).toEqual(['wrong-source']);
  expect(findings[0].message).toContain('注明的来源是「新华网」');
  return findings[0];
}

describe('a 来源 label spaced to line up with the others', () => {
  const HEADER_LINES: Array<[string, string]> = [
    ['来 源：, one space', '来 源：{}'],
    ['来　源：, an ideographic space', '来　源：{}'],
    ['来  源：, two spaces', '来  源：{}'],
    ['after a dated field, before 作 者：', '发布时间：2024-01-04 10:15　来 源：{}　作 者：李明'],
    ['after 作 者： and 编 辑：', '作 者：李明　编 辑：王晓　来 源：{}'],
  ];

  it.each(HEADER_LINES)('%s, in the required form: read, nothing to report', async (_name, line) => {
    expect(await check(lines(HEADLINE, line.replace('{}', '国际在线'), '', ...HANCHAO), LICENSED)).toEqual([]);
  });

  it.each(HEADER_LINES)('%s, as CRI: reworded in place, no second credit', async (_name, line) => {
    const text = lines(HEADLINE, line.replace('{}', 'CRI'), '', ...HANCHAO);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after).toBe(text.replace(/来[ \u3000]+源：CRI/u, '来源:国际在线'));
    expect(again).toEqual([]);
  });

  it('来 源：新华网 over a 国际在线 article: wrong-source naming 新华网', async () => {
    expect((await expectWrongSource(lines(HEADLINE, '2024-01-04　来 源：新华网', '', ...HANCHAO))).line).toBe(2);
  });

  it('HTML 来&nbsp;&nbsp;源： beside 作&nbsp;&nbsp;者：: read as the credit', async () => {
    const info = (name: string) => `<div class="info">来&nbsp;&nbsp;源：${name}&nbsp;&nbsp;作&nbsp;&nbsp;者：李明</div>`;
    const page = (name: string) =>
      ['<html><body>', `<h1>${HEADLINE}</h1>`, info(name), ...HANCHAO.map((p) => `<p>${p}</p>`), '</body></html>'].join('\n');
    const html: Case = { ...LICENSED, path: 'content/licensed/hanchao.html' };
    expect(await check(page('国际在线'), html)).toEqual([]);
    await expectWrongSource(page('新华网'), html);
  });

  it('来源：<国际在线>, the name in angle brackets: read as naming 国际在线, reworded in place', async () => {
    const text = lines(HEADLINE, '来源：<国际在线>', '', ...HANCHAO);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO));
    expect(again).toEqual([]);
  });

  it('来 源 in prose is no label: 未来 源源不断 … stays missing-attribution', async () => {
    const text = lines(HEADLINE, '', '展望未来 源源不断的冷空气仍将南下。', ...HANCHAO);
    expect(ids(await check(text, LICENSED))).toEqual(['missing-attribution']);
  });
});

describe('an excerpt credited in its usual words', () => {
  const EXCERPT = HANCHAO.slice(0, 3);
  const last = EXCERPT[EXCERPT.length - 1];
  const FOOT: string[] = ['（本文摘编自国际在线）', '（摘编自：国际在线）', '（编译自国际在线）', '（内容来自国际在线）'];
  const FOOT_LINES: string[] = ['本文摘编自国际在线', '摘编自国际在线', '选自国际在线', '（本文摘编自国际在线）'];
  const CITATIONS: string[] = ['（据国际在线报道）', '（综合国际在线报道）', '（据国际在线报道整理）'];

  it.each(FOOT)('%s closing the last paragraph: nonstandard, moved to the top as 来源:国际在线', async (credit) => {
    const text = lines(HEADLINE, '', ...EXCERPT.slice(0, -1), `${last}${credit}`);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toContain(`来源写作「${credit}」`);
    expect(after).toBe(lines(HEADLINE, '来源:国际在线', '', ...EXCERPT));
    expect(again).toEqual([]);
  });

  it.each(FOOT_LINES)('%s on a line of its own at the foot: nonstandard, moved to the top', async (credit) => {
    const text = lines(HEADLINE, '', ...EXCERPT, '', credit);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after.split('来源').length).toBe(2);
    expect(after.startsWith(lines(HEADLINE, '来源:国际在线', ''))).toBe(true);
    expect(again).toEqual([]);
  });

  it.each(CITATIONS)('%s closing the last paragraph: a nonstandard credit the editor moves, no second credit by --fix', async (credit) => {
    const findings = await check(lines(HEADLINE, '', ...EXCERPT.slice(0, -1), `${last}${credit}`), LICENSED);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(findings[0].remedy).toContain('在标题下方、正文之前写上「来源:国际在线」');
    expect(findings[0].fix).toBeUndefined();
  });

  it('（据国际在线报道） on a line of its own at the foot: rewritten and moved up by --fix', async () => {
    const { findings, after, again } = await fixed(lines(HEADLINE, '', ...EXCERPT, '', '（据国际在线报道）'));
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after.split('来源').length).toBe(2);
    expect(again).toEqual([]);
  });

  it('来源︰国际在线 with the U+FE30 colon under the headline: reworded in place', async () => {
    const text = lines(HEADLINE, '来源︰国际在线', '', ...HANCHAO);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO));
    expect(again).toEqual([]);
  });

  it('（本文摘编自新华网） as the excerpt’s one credit: wrong-source naming 新华网', async () => {
    await expectWrongSource(lines(HEADLINE, '', ...EXCERPT.slice(0, -1), `${last}（本文摘编自新华网）`));
  });

  it('选自 in prose names no source: 选自全国各地的… stays missing-attribution', async () => {
    const text = lines(HEADLINE, '', '选自全国18个省份的预报员参与了会商。', ...EXCERPT);
    expect(ids(await check(text, LICENSED))).toEqual(['missing-attribution']);
  });
});

describe('来源/国际在线', () => {
  it('under the headline: nonstandard, reworded in place', async () => {
    const text = lines(HEADLINE, '来源/国际在线', '', ...HANCHAO);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO));
    expect(again).toEqual([]);
  });

  it('来源／新华网 with a full-width slash: wrong-source', async () => {
    await expectWrongSource(lines(HEADLINE, '来源／新华网', '', ...HANCHAO));
  });
});

describe('a credit on a header line that starts with the site’s address', () => {
  const HEADERS = ['http://www.cri.cn　2024年01月04日 10:15　来源：{}', 'http://www.cri.cn 来源：{}', 'https://news.cri.cn/20240104/a.html 2024-01-04 来源：{}'];

  it.each(HEADERS)('%s, in the required form: read, nothing to report', async (line) => {
    expect(await check(lines(HEADLINE, line.replace('{}', '国际在线'), '', ...HANCHAO), LICENSED)).toEqual([]);
  });

  it.each(HEADERS)('%s, as CRI: reworded in place, no second credit', async (line) => {
    const text = lines(HEADLINE, line.replace('{}', 'CRI'), '', ...HANCHAO);
    const { findings, after, again } = await fixed(text);
    expect(ids(findings)).toEqual(['nonstandard-attribution']);
    expect(after).toBe(text.replace('来源：CRI', '来源:国际在线'));
    expect(again).toEqual([]);
  });
});

describe('a verbatim copy keeping the article’s own foot credit after a closing quote and spaces', () => {
  const FOOT = '\u00a0\u00a0\u00a0\u00a0 文章来源：滨海晨报我要评论';
  const QUOTE = '  中央气象台首席预报员表示：“各地要持续关注最新天气预报和预警信息，提前做好防寒保暖和交通出行安排。”';
  /** The 国际在线 page (来源:国际在线 in its header) whose last paragraph ends in a quote and the foot credit it carried over. */
  const PAGE = CRI07_PAGE.replace(/(\n {2}气象部门预计[^\n]*\n)/u, `$1\n${QUOTE}${FOOT}\n`);
  const body = [...HANCHAO, `${QUOTE.trim()}${FOOT}`];

  async function findingsOf(text: string): Promise<Finding[]> {
    const pack = await criPack();
    const article = articleOf(documentOf(PAGE, 'corpus/cri-07-hanchao-chengse-yujing.txt'), pack);
    const project: Project = {
      config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
      packs: [pack],
      indexes: new Map([['cri', buildIndex([article], DEFAULT_MATCH, noticeText(pack))]]),
      rules: RULES,
    };
    const path = 'content/licensed/article.txt';
    return checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => '2025-06-01' }).findings;
  }

  it('the page carries the foot line', () => {
    expect(PAGE).toContain(FOOT);
  });

  it('and no credit of its own: missing-attribution, fixed by a 来源:国际在线 under the headline', async () => {
    const text = lines(HEADLINE, '', ...body);
    const findings = await findingsOf(text);
    expect(ids(findings)).toEqual(['missing-attribution']);
    const after = applyEdits(text, findings[0].fix ?? []);
    expect(after).toBe(lines(HEADLINE, '来源:国际在线', '', ...body));
    expect(await findingsOf(after)).toEqual([]);
  });

  it('and a 来源：新华网 of its own: wrong-source at the copy’s credit, not at the foot line', async () => {
    const findings = await findingsOf(lines(HEADLINE, '来源：新华网', '', ...body));
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['wrong-source', 2]]);
  });
});
