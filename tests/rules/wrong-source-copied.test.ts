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

async function wrongSource(text: string): Promise<Array<[number, string | null]>> {
  const pack = await criPack();
  const article = articleOf(documentOf(WITH_CAPTION, 'corpus/cri-01-zhongou-banlie-changchun.txt'), pack);
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', buildIndex([article], DEFAULT_MATCH, noticeText(pack))]]),
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

  it('the stock disclaimer as the page’s only credit is judged, as before', async () => {
    const found = await wrongSource(lines(HEADLINE.replace('“长满欧”', ''), '', ...BODY.filter((l) => !l.includes(PHOTO_CREDIT)), '（本文转载自互联网，版权归原作者所有）'));
    expect(found.map(([, claimed]) => claimed)).toEqual(['本文转载自互联网']);
  });

  it('the copied caption credit as the page’s only credit is still the credit judged', async () => {
    const found = await wrongSource(lines(HEADLINE, '', ...BODY));
    expect(found.map(([, claimed]) => claimed)).toEqual([PHOTO_CREDIT]);
  });
});
