// A date line the reused article prints itself (its quote of where it took the story: 2023-11-20
// 18:30:05　来源：长春发布客户端) came with the text: a copy keeping it is not older than the article.
// Found by a by-hand trial: such a copy with no date of its own got predates-source (info, exit 0)
// in place of unauthorized-reuse and wrong-source.
import { describe, expect, it } from 'vitest';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
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

async function run(text: string): Promise<string[]> {
  const pack = await criPack();
  const index = buildIndex([toArticle(textDoc(PAGE, 'corpus/cri/banlie.txt'), pack)], DEFAULT_MATCH, noticeText(pack));
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
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
