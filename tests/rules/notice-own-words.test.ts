// A finding says what the pack's clauses say and no more. 注明来源也不能代替书面授权 answers a file
// that credits the publisher as if the credit were enough, under a notice that asks licensees for a
// credit besides their licence (国际在线's clause 3); said to a file crediting nothing, or under a
// notice that says nothing of credits (澎湃新闻's 未经授权不得转载), it speaks for the notice. The
// remedy's contact tail names whom the contact clause names (clause 5: 与本网联系, 本网 being
// 国际在线), and is left off content 国际在线 reprinted from another outlet, whose rights are that
// outlet's.
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/config/types.js';
import type { Finding } from '../../src/core/judge/types.js';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { RULES } from '../../src/rules/index.js';
import { criCorpus } from '../helpers/corpus.js';
import { fixture } from '../helpers/docs.js';
import { LICENCE, check, documentOf, lines, paragraphs } from './harness.js';

const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const RUMEI = await paragraphs('cri-21-shanghai-rumei-pianzao');
const NEWS = { path: 'content/news/banlie.txt' };
const NOT_INSTEAD = '注明来源也不能代替书面授权';

/** Checks a text against the 国际在线 corpus under a pack the test changes. */
async function checkUnder(text: string, change: (pack: Pack) => Pack): Promise<Finding[]> {
  const { pack, index } = await criCorpus();
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences: [], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [change(pack)],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
  return checkDocument(documentOf(text, NEWS.path), project, { relativePath: NEWS.path, fallbackDate: () => '2025-06-01' }).findings;
}

const reprint = (credit: string) => lines('长春班列年开行首破400列', credit, '', ...BANLIE);

describe('unauthorized-reuse says a credit is no licence only where that answers something', () => {
  it('a reprint credited 来源：国际在线: said, and the contact is 国际在线 (clause 5: 与本网联系)', async () => {
    const [f] = (await check(reprint('来源：国际在线'), NEWS)).filter((x) => x.ruleId === 'unauthorized-reuse');
    expect(f.message).toContain(NOT_INSTEAD);
    expect(f.remedy).toMatch(/请在事由发生之日起30日内与国际在线联系（第5条）。$/u);
    expect(f.remedy).not.toContain('有限公司联系');
  });

  it('the same reprint crediting nothing, or 来源：新华网: not said', async () => {
    for (const credit of ['2024-12-20 19:25', '来源：新华网']) {
      const found = (await check(reprint(credit), NEWS)).filter((x) => x.ruleId === 'unauthorized-reuse');
      expect(found.map((x) => x.message.includes(NOT_INSTEAD)), credit).toEqual([false]);
    }
  });

  it('under a notice that asks no credit (the pack without clause 3’s 使用时应注明): not said, though the file credits it', async () => {
    const found = await checkUnder(reprint('来源：国际在线'), (pack) => ({ ...pack, attribution: undefined }));
    const [f] = found.filter((x) => x.ruleId === 'unauthorized-reuse');
    expect(f.message).toMatch(/配置中没有覆盖本文件的国际在线授权$/u);
  });
});

describe('unauthorized-reuse names an edited copy by clause 2’s word for it', () => {
  it('every sentence of cri-07 reworded, unlicensed: 使用了 (转载、摘编、复制或利用其他方式使用), not 转载了', async () => {
    const found = await check(fixture('reuse/r39-hanchao-reworded.txt'), { path: 'content/news/hanchao.txt' });
    const [f] = found.filter((x) => x.ruleId === 'unauthorized-reuse');
    expect([f.severity, f.clause.number]).toEqual(['error', 2]);
    expect(f.message).toMatch(/^使用了国际在线的文章《[^》]+》（改编，覆盖原文 \d+%），但配置中没有覆盖本文件的国际在线授权/u);
  });
});

describe('content 国际在线 reprinted from 澎湃新闻: no contact tail', () => {
  it('credited 来源：国际在线 in a licensed file: the warning asks 来源:澎湃新闻 and names no one to contact', async () => {
    const text = lines('上海今天入梅', '来源：国际在线', '', ...RUMEI);
    const found = (await check(text, { licences: [LICENCE], path: 'content/licensed/rumei.txt' })).filter((x) => x.ruleId === 'wrong-source');
    expect(found.map((x) => [x.severity, x.attribution.expected, x.remedy])).toEqual([['warning', '来源:澎湃新闻', '把「来源：国际在线」改为「来源:澎湃新闻」。']]);
  });
});
