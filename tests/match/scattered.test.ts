// 摘编 of scattered sentences (fixtures/scattered): found per article over all its sentences,
// each sentence reported where it stands in both files, judged by the right rules; the hard
// negatives beside them (quotations under the minimum, headline lists, officials' titles,
// slogans, the notice) find nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Licence } from '../../src/core/config/types.js';
import type { Reuse } from '../../src/core/match/types.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { noticeText } from '../../src/io/project.js';
import { articleOf, criCorpus, readAll, readOne, ROOT } from '../helpers/corpus.js';
import { LICENCE, check } from '../rules/harness.js';

interface Expected {
  article: string;
  kind: 'excerpt';
  about: string;
  sentences: Array<{ text: string; source: string }>;
  rules: { unlicensed: string[]; reprintLicence: string[] };
}

const DIR = 'fixtures/scattered';
const names = readdirSync(path.join(ROOT, DIR)).filter((f) => /^[pn]\d\d-.*\.(txt|md|html)$/u.test(f));
const positives = names.filter((f) => f.startsWith('p')).map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(ROOT, DIR, `${name}.expected.json`), 'utf8')) as Expected }));
const negatives = names.filter((f) => f.startsWith('n'));

async function reusesOf(name: string): Promise<Reuse[]> {
  const { index } = await criCorpus();
  return findReuse(await readOne(`${DIR}/${name}`), index);
}

/** The rules that fire on a file for its article, without a licence or under a licence for 转载 only. */
async function rulesOf(name: string, article: string, licences: Licence[]): Promise<string[]> {
  const text = readFileSync(path.join(ROOT, DIR, name), 'utf8');
  const findings = await check(text, { licences, path: `content/licensed/${name}`, fallbackDate: '2025-06-01' });
  return findings.filter((f) => f.source?.articleId === article).map((f) => f.ruleId).sort();
}

describe('scattered excerpts: three or more sentences from one article, in any order, are an excerpt', () => {
  it('has at least 10 cases over own and third-party articles', () => {
    expect(positives.length).toBeGreaterThanOrEqual(10);
    expect(new Set(positives.map((p) => p.expected.article)).size).toBeGreaterThanOrEqual(10);
    expect(negatives.length).toBeGreaterThanOrEqual(5);
  });

  it.each(positives)('$name', async ({ name, expected }) => {
    const doc = await readOne(`${DIR}/${name}`);
    const reuses = await reusesOf(name);
    expect(reuses.map((r) => r.article.id)).toEqual([expected.article]);
    const [reuse] = reuses;
    expect(reuse.kind).toBe(expected.kind);
    const article = reuse.article.doc.text;
    for (const { text, source } of expected.sentences) {
      const at = doc.text.indexOf(text);
      const from = article.indexOf(source);
      // the sentence lies in a reported passage (one of its own, or a longer one it stands in)
      const passage = reuse.passages.find((p) => p.doc.start <= at && p.doc.end > at + text.length - 3);
      expect(passage, `a passage holds 「${text}」`).toBeDefined();
      const { doc: mine, source: theirs } = passage!;
      if (mine.start === at && mine.end <= at + text.length) {
        // a passage of its own: it starts where the sentence starts in both files, ends on its last letter or digit
        expect(theirs.start, `「${text}」 is 「${source}」 in the article`).toBe(from);
        expect(mine.end).toBeGreaterThan(at + text.length - 3);
        expect(theirs.end).toBeGreaterThan(from + source.length - 3);
        expect(theirs.end).toBeLessThanOrEqual(from + source.length);
      } else {
        expect(theirs.start).toBeLessThanOrEqual(from);
        expect(theirs.end).toBeGreaterThan(from + source.length - 3);
      }
    }
    expect(reuse.passages.length).toBeLessThanOrEqual(expected.sentences.length);
  });

  it.each(positives)('$name: the rules', async ({ name, expected }) => {
    expect(await rulesOf(name, expected.article, [])).toEqual([...expected.rules.unlicensed].sort());
    expect(await rulesOf(name, expected.article, [{ ...LICENCE, paths: [] }])).toEqual([...expected.rules.reprintLicence].sort());
  });

  it.each(negatives)('%s reuses nothing', async (name) => {
    expect((await reusesOf(name)).map((r) => r.article.id)).toEqual([]);
  });
});

describe('a 通稿 sentence that stands in many corpus articles is boilerplate, not a sentence taken', () => {
  const TONGGAO = '国家统计局数据显示，2023年全国粮食总产量13908.2亿斤';
  const index = (async () => {
    const { pack, articles } = await criCorpus();
    const extra = (await readAll([`${DIR}/tonggao-corpus`])).map((d) => articleOf(d, pack));
    return buildIndex([...articles, ...extra], DEFAULT_MATCH, noticeText(pack));
  })();

  it('with two sentences of the article beside it, nothing is reused', async () => {
    const doc = await readOne(`${DIR}/tonggao-n01-liangshi-two-sentences.txt`);
    expect(findReuse(doc, await index)).toEqual([]);
  });

  it('with three, the article is excerpted and the 通稿 sentence is not among the passages', async () => {
    const doc = await readOne(`${DIR}/tonggao-p01-liangshi-three-sentences.txt`);
    const reuses = findReuse(doc, await index);
    expect(reuses.map((r) => [r.article.id, r.kind])).toEqual([['cri-t1-heilongjiang-qiushou', 'excerpt']]);
    const at = doc.text.indexOf(TONGGAO);
    expect(reuses[0].passages.some((p) => p.doc.start <= at + TONGGAO.length && p.doc.end > at)).toBe(false);
    for (const text of ['今年全省大豆种植面积稳定在7000万亩以上', '今年大豆蛋白含量高，收购价每斤2.6元左右', '力争明年粮食产量保持在1600亿斤以上']) {
      const where = doc.text.indexOf(text);
      expect(reuses[0].passages.some((p) => p.doc.start === where), text).toBe(true);
    }
  });
});
