// A licensed reprint keeping the date line the reused article prints itself (its quote of where it
// took the story: 2023-11-20 18:30:05　来源：长春发布客户端) is not dated by that line against the
// licence either: out-of-scope reads the document's date as predates-source does. Found by a by-hand
// trial: such a copy under 来源:国际在线, checked inside the licence's dates, was an out-of-scope error.
import { describe, expect, it } from 'vitest';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import type { Licence } from '../../src/core/config/types.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { documentOf, lines, paragraphs } from './harness.js';

const BANLIE = (await paragraphs('cri-01-zhongou-banlie-changchun')).slice(0, 4);
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const QUOTED = '2023-11-20 18:30:05\u3000来源：长春发布客户端';
const PAGE = lines('首页 | 国际 | 国内 | 财经', '', HEADLINE, '2023-11-22 09:45:12来源:国际在线责编:张萌', '', `  ${QUOTED}`, '', ...BANLIE.map((p) => `  ${p}\n`));
const LICENCE: Licence = { publisher: 'cri', licensee: '示例新闻网', actions: ['转载', '摘编', '改编'], validFrom: '2024-01-01', validTo: '2027-12-31', paths: [] };

async function run(text: string, fallback = '2025-06-01'): Promise<string[]> {
  const pack = await criPack();
  const index = buildIndex([toArticle(textDoc(PAGE, 'corpus/cri/banlie.txt'), pack)], DEFAULT_MATCH, noticeText(pack));
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
  const path = 'content/news/banlie.md';
  const { findings } = checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => fallback });
  return findings.map((f) => `${f.ruleId} ${f.message}`).sort();
}

const copy = (...head: string[]) => lines('# 中欧班列（长春）年内开行突破400列', '', ...head, '', ...BANLIE.flatMap((p) => [p, '']));

describe('licence validity dates a copy as predates-source does', () => {
  it('a credited reprint keeping the article’s date line, checked inside the licence: no finding', async () => {
    expect(await run(copy('来源：国际在线', '', QUOTED))).toEqual([]);
  });

  it('the same reprint checked after the licence: out-of-scope names the fallback date, not the copied line’s', async () => {
    const found = await run(copy('来源：国际在线', '', QUOTED), '2028-03-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('out-of-scope');
    expect(found[0]).toContain('文章未注明日期，按 2028-03-01（--date，否则文件最后一次提交的日期或当天）计，不在授权有效期 2024-01-01 至 2027-12-31 内');
  });

  it('a date line of its own after the licence, above the copied one: still out-of-scope by that date', async () => {
    const found = await run(copy('2028-01-05 08:00 来源：国际在线', '', QUOTED));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('文章日期 2028-01-05 不在授权有效期');
  });

  it('a front matter date after the licence: still out-of-scope by it', async () => {
    const found = await run(lines('---', 'date: 2028-02-01', '---', '', copy('来源：国际在线', '', QUOTED)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('文章日期 2028-02-01 不在授权有效期');
  });
});
