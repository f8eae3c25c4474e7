// A reprint copies what the article prints, credits included: a 国际在线 article that credits a
// photo or a figure to someone else in its body (（来源：长春国际陆港）) carries that credit into every
// faithful copy. It is the article's, not the copy's credit of its own source, so it is no
// wrong-source finding, while a credit the copy adds at its foot still is.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT, articleOf, criPack } from '../helpers/corpus.js';
import { LICENCE, documentOf, lines } from './harness.js';
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const PAGE = await readFile(path.join(ROOT, 'fixtures/corpus/cri/cri-01-zhongou-banlie-changchun.txt'), 'utf8');
const PHOTO_CREDIT = '（来源：长春国际陆港）';
const FIRST = '  11月20日上午，一列满载汽车零部件';
/** The 国际在线 page with a photo caption credited to the inland port under its first paragraph. */
const WITH_CAPTION = PAGE.replace(/(\n {2}11月20日上午[^\n]*\n)/u, `$1\n  图为中欧班列从长春国际陆港驶出。${PHOTO_CREDIT}\n`);

const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const BODY = WITH_CAPTION.split('\n')
  .slice(WITH_CAPTION.split('\n').findIndex((l) => l.startsWith(FIRST)))
  .filter((l) => !l.startsWith('国际在线版权与信息产品内容销售的声明'))
  .slice(0, 6)
  .map((l) => l.trim());

async function wrongSource(text: string, page = WITH_CAPTION, ...more: string[]): Promise<Array<[number, string | null]>> {
  const pack = await criPack();
  const article = articleOf(documentOf(page, 'corpus/cri-01-zhongou-banlie-changchun.txt'), pack);
  const others = more.map((p, i) => articleOf(documentOf(p, `corpus/other-${i}.txt`), pack));
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', buildIndex([article, ...others], DEFAULT_MATCH, noticeText(pack))]]),
    rules: RULES,
  };
  const path = 'content/licensed/article.txt';
  const { findings } = checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => '2025-06-01' });
  return findings.filter((f: Finding) => f.ruleId === 'wrong-source').map((f) => [f.line, f.attribution.claimed]);
}

describe('a credit the article itself prints, copied with its text', () => {
  it('the photo caption’s （来源：长春国际陆港） under a right 来源：国际在线: no finding', async () => {
    expect(BODY.some((l) => l.includes(PHOTO_CREDIT))).toBe(true);
    expect(await wrongSource(lines(HEADLINE, '2023-11-21 09:45　来源：国际在线', '', ...BODY))).toEqual([]);
  });

  it('a foot 来源：新华社 the copy adds is still reported, the copied caption credit is not', async () => {
    const text = lines(HEADLINE, '2023-11-21 09:45　来源：国际在线', '', ...BODY, '', '来源：新华社');
    expect(await wrongSource(text)).toEqual([[BODY.length + 5, '来源：新华社']]);
  });

  it('a 出处 line at the foot beside a right credit names where figures come from: no finding', async () => {
    const text = lines(HEADLINE, '2023-11-21 09:45　来源：国际在线', '', ...BODY, '', '出处：长春海关统计数据');
    expect(await wrongSource(text)).toEqual([]);
  });

  it('a site’s stock disclaimer at the foot beside a right credit, （本文转载自互联网，版权归原作者所有）: no finding', async () => {
    const text = lines(HEADLINE, '2023-11-21 09:45　来源：国际在线', '', ...BODY, '（本文转载自互联网，版权归原作者所有）');
    expect(await wrongSource(text)).toEqual([]);
  });

  it('the stock disclaimer as the page’s only credit names no outlet: no wrong-source (it is missing-attribution, tests/rules/credit-layouts)', async () => {
    const found = await wrongSource(lines(HEADLINE.replace('“长满欧”', ''), '', ...BODY.filter((l) => !l.includes(PHOTO_CREDIT)), '（本文转载自互联网，版权归原作者所有）'));
    expect(found).toEqual([]);
  });

  it('the copied caption credit as the page’s only credit is the article’s, not a wrong credit of the copy: no wrong-source', async () => {
    const found = await wrongSource(lines(HEADLINE, '', ...BODY));
    expect(found).toEqual([]);
  });
});

// A faithful copy need not be byte for byte: matching takes width, punctuation and script as the
// same text, and so does the credit's exemption (the normalize stage's comparison).
describe('a credit copied with the text, written differently', () => {
  const TOP = '2023-11-21 09:45　来源：国际在线';
  const withCredit = (credit: string) => BODY.map((l) => l.replace(PHOTO_CREDIT, credit));

  it('with a half-width colon, （来源:长春国际陆港）: no finding', async () => {
    expect(await wrongSource(lines(HEADLINE, TOP, '', ...withCredit('（来源:长春国际陆港）')))).toEqual([]);
  });

  it('in other brackets, 【来源：长春国际陆港】: no finding', async () => {
    expect(await wrongSource(lines(HEADLINE, TOP, '', ...withCredit('【来源：长春国际陆港】')))).toEqual([]);
  });

  it('the whole copy in traditional script, （來源：長春國際陸港）: no finding', async () => {
    const text = toTraditional(lines(HEADLINE, TOP, '', ...BODY));
    expect(text).toContain('（來源：長春國際陸港）');
    expect(await wrongSource(text)).toEqual([]);
  });

  it('a foot credit of another outlet the copy adds is still reported, in traditional script too', async () => {
    const text = toTraditional(lines(HEADLINE, TOP, '', ...BODY, '', '來源：新華社'));
    expect(await wrongSource(text)).toEqual([[BODY.length + 5, '來源：新華社']]);
  });
});

// The article carries a partner's dateline credit and the page's report and share widgets, each on a
// line of its own; a copy pasted without its line breaks runs them into one line after the credit.
describe('a copied credit whose paragraphs were joined', () => {
  const DATELINE = '2023-11-21 08:30　来源: 新华社客户端';
  const widgets = (...ws: string[]) => ws.map((w) => `  ${w}\n`).join('\n');
  const pageWith = (...ws: string[]) => PAGE.replace(/(来源:国际在线责编:张萌\n)/u, `$1\n  ${DATELINE}\n\n${widgets(...ws)}`);
  const joined = (glue: string) => lines(HEADLINE, '来源:国际在线', `${DATELINE}${glue}${BODY.filter((l) => !l.includes(PHOTO_CREDIT)).join('')}`);

  it('runs into 举报326分享到：微信微博: no finding', async () => {
    const page = pageWith('举报', '326', '分享到：', '微信', '微博');
    expect(await wrongSource(joined('举报326分享到：微信微博'), page)).toEqual([]);
  });

  it('runs into a widget no list knows, 扫码阅读手机版: the copy’s credit starts with the article’s, no finding', async () => {
    const page = pageWith('扫码阅读手机版');
    expect(await wrongSource(joined('扫码阅读手机版'), page)).toEqual([]);
  });

  it('a credit to another outlet that only starts like it is still reported', async () => {
    const page = pageWith('扫码阅读手机版');
    const text = lines(HEADLINE, '来源:国际在线', '', ...BODY.filter((l) => !l.includes(PHOTO_CREDIT)), '', '来源: 新华社');
    expect(await wrongSource(text, page)).toEqual([[BODY.length + 4, '来源: 新华社']]);
  });
});

// A compilation of two 国际在线 articles: the caption credit came with the first one's text, so it
// is no wrong credit of the second either (the trial's one-line file of 26 reused articles had a
// copied credit reported once for each other article).
describe('a credit copied with one part of a compilation', () => {
  const ZAOLIN = path.join(ROOT, 'fixtures/corpus/cri/cri-09-zaolin-zhongcao-senlin-fugailv.txt');

  it('is no wrong-source finding for the other part', async () => {
    const other = await readFile(ZAOLIN, 'utf8');
    const otherBody = other.split('\n').filter((l) => l.startsWith('  ') && l.trim().length > 30).map((l) => l.trim()).slice(0, 4);
    expect(otherBody.length).toBe(4);
    // dated after both articles: an earlier copy is predates-source, its credits not judged
    const text = lines(HEADLINE, '2024-03-15 09:45　来源：国际在线', '', ...BODY, '', ...otherBody);
    expect(await wrongSource(text, WITH_CAPTION, other)).toEqual([]);
  });
});
