// What a check reads of a document only to judge it. A document that reuses no article of the
// archive and bears no marker has nothing to judge: its metadata (credits, bylines, dates) is not
// read, which was a full read for each such file (a third of the 10k bench's). And the date a
// document states against the articles it copies is read once a reuse, though both a licence with
// dates and predates-source ask for it: each reading gathers every line of the articles.
// Counted in calls, not timed.
import { describe, expect, it, vi } from 'vitest';
import type * as MetadataModule from '../../src/core/metadata/index.js';
import type * as OwnDateModule from '../../src/core/judge/own-date.js';
import type { Licence, Pack } from '../../src/core/config/types.js';
import type { CorpusIndex } from '../../src/core/match/corpus-index.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { noticeText } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { documentOf, lines, paragraphs } from '../rules/harness.js';

const calls = vi.hoisted(() => ({ metadata: new Map<string, number>(), ownDate: 0 }));
vi.mock('../../src/core/metadata/index.js', async (original) => {
  const real = await original<typeof MetadataModule>();
  const extractMetadata: typeof real.extractMetadata = (doc) => {
    calls.metadata.set(doc.path, (calls.metadata.get(doc.path) ?? 0) + 1);
    return real.extractMetadata(doc);
  };
  return { ...real, extractMetadata };
});
vi.mock('../../src/core/judge/own-date.js', async (original) => {
  const real = await original<typeof OwnDateModule>();
  const ownDateAgainst: typeof real.ownDateAgainst = (...args) => {
    calls.ownDate++;
    return real.ownDateAgainst(...args);
  };
  return { ...real, ownDateAgainst };
});

const BANLIE = (await paragraphs('cri-01-zhongou-banlie-changchun')).slice(0, 4);
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const PAGE = lines('首页 | 国际 | 国内 | 财经', '', HEADLINE, '2023-11-22 09:45:12来源:国际在线责编:张萌', '', ...BANLIE.map((p) => `  ${p}\n`));
/** A licence with dates: out-of-scope asks for the document's own date against them. */
const LICENCE: Licence = { publisher: 'cri', licensee: '示例新闻网', actions: ['转载', '摘编', '改编'], validFrom: '2024-01-01', validTo: '2027-12-31', paths: [] };

/** A local paper's own story: nothing of the archive in it, no 国际在线 marker. */
const ORIGINAL = lines(
  '# 松花江畔冰雪节开幕 游客量同比增长三成',
  '',
  '2024-01-06 10:20　来源：吉林市融媒体中心　记者 王晓东',
  '',
  '第二十六届松花江冰雪节5日晚在吉林市江南公园开幕，冰灯、雪雕和雾凇观赏区同时开放。',
  '',
  '据主办方介绍，本届冰雪节共设置冰雕作品四百余件，园区面积较去年扩大约五分之一，开幕当晚接待游客两万余人次。',
  '',
  '市文旅局相关负责人表示，冰雪节期间将增开五条旅游公交线路，并在主要景点设置临时暖房和医疗点。',
  '',
);

function projectOf(index: CorpusIndex, pack: Pack): Project {
  return {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
}

async function run(text: string, path: string): Promise<string[]> {
  const pack = await criPack();
  const index = buildIndex([toArticle(textDoc(PAGE, 'corpus/cri/banlie.txt'), pack)], DEFAULT_MATCH, noticeText(pack));
  calls.metadata.clear();
  calls.ownDate = 0;
  const { findings } = checkDocument(documentOf(text, path), projectOf(index, pack), { relativePath: path, fallbackDate: () => '2025-06-01' });
  return findings.map((f) => f.ruleId).sort();
}

describe('what a check reads of a document to judge it', () => {
  it('a local story reusing nothing of the archive: no finding, its metadata never read', async () => {
    expect(await run(ORIGINAL, 'content/local/bingxue.md')).toEqual([]);
    expect(calls.metadata.get('content/local/bingxue.md') ?? 0).toBe(0);
  });

  it('a licensed reprint crediting another outlet: judged on the credit its metadata reads', async () => {
    const reprint = lines('# 中欧班列（长春）年内开行突破400列', '', '2025-03-02 08:00 来源：新华网', '', ...BANLIE.flatMap((p) => [p, '']));
    const pack = await criPack();
    const index = buildIndex([toArticle(textDoc(PAGE, 'corpus/cri/banlie.txt'), pack)], DEFAULT_MATCH, noticeText(pack));
    const { findings } = checkDocument(documentOf(reprint, 'content/news/banlie.md'), projectOf(index, pack), { relativePath: 'content/news/banlie.md', fallbackDate: () => '2025-06-01' });
    expect(findings.map((f) => [f.ruleId, f.attribution.claimed, f.document?.date])).toEqual([['wrong-source', '来源：新华网', '2025-03-02T08:00']]);
  });

  it('a copy dated before the article under a licence with dates: its own date read once for both', async () => {
    const older = lines('# 中欧班列（长春）年内开行突破400列', '', '2023-11-19 08:00 来源：新华网', '', ...BANLIE.flatMap((p) => [p, '']));
    expect(await run(older, 'content/news/banlie.md')).toEqual(['predates-source']);
    expect(calls.ownDate).toBe(1);
  });
});
