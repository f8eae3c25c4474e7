// A date line the reused article prints itself (its quote of where it took the story: 2023-11-20
// 18:30:05　来源：长春发布客户端) came with the text: a copy keeping it is not older than the article.
// Found by a by-hand trial: such a copy with no date of its own got predates-source (info, exit 0)
// in place of unauthorized-reuse and wrong-source. So is an article's own lead date
// (2023年11月20日消息，…), in whatever form the copy gives it: traditional script, other punctuation,
// the lead run into the next paragraph, a word changed (trial 37: only a verbatim copy was read so).
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import type { Licence } from '../../src/core/config/types.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { documentOf, lines, paragraphs } from './harness.js';

const BANLIE = (await paragraphs('cri-01-zhongou-banlie-changchun')).slice(0, 4);
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
/** The date line of the page 国际在线 took the story from, which its page prints under its own header. */
const QUOTED = '2023-11-20 18:30:05\u3000来源：长春发布客户端';

/** A 国际在线 page dated 2023-11-22 whose body opens with the line of its source's page, dated two days before. */
const PAGE = lines('首页 | 国际 | 国内 | 财经', '', HEADLINE, '2023-11-22 09:45:12来源:国际在线责编:张萌', '', `  ${QUOTED}`, '', ...BANLIE.map((p) => `  ${p}\n`));

/** A licence to reprint 国际在线's articles of 2023 (dated the reprint's own day). */
const LICENCE_2023: Licence = { publisher: 'cri', licensee: '示例新闻网', actions: ['转载'], validFrom: '2023-01-01', validTo: '2023-12-31', paths: [] };

async function run(text: string, page = PAGE, licences: Licence[] = []): Promise<string[]> {
  const pack = await criPack();
  const index = buildIndex([toArticle(textDoc(page, 'corpus/cri/banlie.txt'), pack)], DEFAULT_MATCH, noticeText(pack));
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences, include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
  const path = 'content/news/banlie.md';
  const { findings } = checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => '2025-06-01' });
  return findings.map((f) => f.ruleId).sort();
}

const copy = (...head: string[]) => lines('# 中欧班列（长春）年内开行突破400列', '', ...head, '', ...BANLIE.flatMap((p) => [p, '']));

describe('a date line that came with the reused text is not the copy’s date', () => {
  it.each([
    ['no credit of its own', copy(QUOTED)],
    ['a wrong credit of its own', copy('来源：新华网', '', QUOTED)],
    ['the date line with a half-width space', copy(QUOTED.replace('\u3000', ' '))],
  ])('a verbatim unlicensed copy, %s: unauthorized-reuse and wrong-source, no predates-source', async (_why, text) => {
    expect(await run(text)).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('a date line of its own, older than the article, above the copied one: still predates-source', async () => {
    expect(await run(copy('2023-11-19 08:00 来源：新华网', '', QUOTED))).toEqual(['predates-source']);
  });

  it('a front matter date older than the article: still predates-source', async () => {
    expect(await run(lines('---', 'date: 2023-11-19', '---', '', copy(QUOTED)))).toEqual(['predates-source']);
  });
});

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const [FIRST, ...REST] = BANLIE;
/** The article's lead, dated the day before the page: the day of the story, not of the page. */
const LEAD = FIRST.replace(/^11月20日上午，/u, '2023年11月20日消息，');
const BODY = [LEAD, ...REST];
const LEAD_PAGE = lines(HEADLINE, '2023-11-21 09:45:12来源:国际在线责编:张萌', '', ...BODY.map((p) => `  ${p}\n`));

const leadCopy = (body: readonly string[], ...head: string[]) => lines('# 中欧班列年内开行突破400列', '', ...head, ...(head.length > 0 ? [''] : []), ...body.flatMap((p) => [p, '']));
/** Half-width punctuation with a space after it, as a copy through an English keyboard has it. */
const repunctuated = (p: string) => p.replace(/，/gu, ', ').replace(/。/gu, '. ');
const MERGED = [`${BODY[0]}${BODY[1]}`, ...BODY.slice(2)];
const TRADITIONAL = BODY.map((p) => toTraditional(p));

describe('the article’s lead date is not the copy’s date, however the copy edits it', () => {
  it.each([
    ['verbatim', leadCopy(BODY)],
    ['in traditional script', leadCopy(TRADITIONAL)],
    ['repunctuated', leadCopy(BODY.map(repunctuated))],
    ['its lead run into the next paragraph', leadCopy(MERGED)],
    ['a word of its lead changed', leadCopy([LEAD.replace('消息，', '讯，'), ...REST])],
  ])('an unlicensed copy, %s: unauthorized-reuse, no predates-source', async (_how, text) => {
    expect(await run(text, LEAD_PAGE)).toEqual(['unauthorized-reuse']);
  });
});

describe('a date of the copy’s own still counts beside the article’s lead date', () => {
  it.each([
    ['a date line under its headline', leadCopy(TRADITIONAL, '2023-11-19 08:00 来源：新华网')],
    ['a date line above its headline', lines('2023-11-19', '', leadCopy(MERGED))],
    ['front matter', lines('---', 'date: 2023-11-19', '---', '', leadCopy(TRADITIONAL))],
    ['a date line between two reused paragraphs', leadCopy([toTraditional(BODY[0]), '2023-11-19 08:00', ...TRADITIONAL.slice(1)])],
  ])('older than the article, in %s: predates-source', async (_where, text) => {
    expect(await run(text, LEAD_PAGE)).toEqual(['predates-source']);
  });
});

describe('a copy dated the day it reprints keeps its date against a licence', () => {
  // the lead's day is the page's own (2023-11-21): a licensed reprint that day copies the lead with
  // it, and its date is the day it reprinted, inside the licence, not the fallback date (2025-06-01)
  const SAME_DAY = lines(HEADLINE, '2023-11-21 09:45:12来源:国际在线责编:张萌', '', ...[LEAD.replace('2023年11月20日', '2023年11月21日'), ...REST].map((p) => `  ${p}\n`));
  it.each([
    ['verbatim, credited', leadCopy([LEAD.replace('2023年11月20日', '2023年11月21日'), ...REST], '来源:国际在线')],
    ['in traditional script, credited', leadCopy([LEAD.replace('2023年11月20日', '2023年11月21日'), ...REST].map((p) => toTraditional(p)), '来源:国际在线')],
  ])('%s: no out-of-scope', async (_how, text) => {
    expect(await run(text, SAME_DAY, [LICENCE_2023])).toEqual([]);
  });

  it('the lead day older than the article, inside the licence too: its date is not the copy\'s (out-of-scope by the fallback date)', async () => {
    expect(await run(leadCopy(BODY, '来源:国际在线'), LEAD_PAGE, [LICENCE_2023])).toEqual(['out-of-scope']);
  });
});
