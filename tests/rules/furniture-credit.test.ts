// A site's furniture under every article of its own (澎湃新闻's （本文来自澎湃新闻，更多原创资讯请下载
// “澎湃新闻”APP）, its 报料 line) says whose that site's pages are. Copied under another site's text
// it is stock words carried along, not the copy's credit: a copy of a 国际在线 article whose only
// credit is such a line credits no one (missing-attribution, fixed by a line under the headline),
// not 澎湃新闻 (a wrong source whose remedy would rewrite the footer). In the archive the same line
// still says the page is 澎湃新闻's (tests/corpus/third-party-footer).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { applyEdits } from '../../src/core/fix/edits.js';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const RUMEI = await paragraphs('cri-21-shanghai-rumei-pianzao');
const HEADLINE = '“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效';
const APP_LINE = '（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）';
const FOOTER = ['(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)', '责任编辑：柴敏懿', '澎湃新闻报料：4009-20-4009   澎湃新闻，未经授权不得转载'];
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.attribution.claimed, f.attribution.expected, f.fix !== undefined]);

describe('a 澎湃 footer as the only credit of a copy of a 国际在线 article', () => {
  for (const [name, foot] of [['the download-the-app line', [APP_LINE]], ['the whole footer', FOOTER]] as const) {
    it(`${name}: missing-attribution with its fix, no wrong source`, async () => {
      const text = lines(HEADLINE, '', ...LISHU, ...foot);
      const findings = await check(text, LICENSED);
      expect(rows(findings)).toEqual([['missing-attribution', 1, null, '来源:国际在线', true]]);
      const fixed = applyEdits(text, findings[0].fix ?? []);
      expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...LISHU, ...foot));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }

  it('under a right 来源：国际在线: no finding', async () => {
    expect(await check(lines(HEADLINE, '来源：国际在线', '', ...LISHU, APP_LINE), LICENSED)).toEqual([]);
  });

  it('a rights line is an editor’s credit still: 来源：澎湃新闻，未经授权不得转载 is a wrong source', async () => {
    expect(rows(await check(lines(HEADLINE, '来源：澎湃新闻，未经授权不得转载', '', ...LISHU), LICENSED))).toEqual([['wrong-source', 2, '来源：澎湃新闻', '来源:国际在线', false]]);
  });
});

describe('a credit on a furniture line that names the right origin', () => {
  for (const rest of ['报料热线：010-12345678', '联系我们：news@example.com']) {
    it(`来源：国际在线　${rest} under the headline: no finding, nothing for --fix`, async () => {
      expect(await check(lines(HEADLINE, `来源：国际在线　${rest}`, '', ...LISHU), LICENSED)).toEqual([]);
    });
  }

  it('a label naming another outlet beside a hotline is a credit still: 来源：澎湃新闻　报料热线 is a wrong source', async () => {
    const text = lines(HEADLINE, '来源：澎湃新闻　报料热线：4009-20-4009', '', ...LISHU);
    expect(rows(await check(text, LICENSED))).toEqual([['wrong-source', 2, '来源：澎湃新闻', '来源:国际在线', false]]);
  });

  it('澎湃’s download-the-app footer under 澎湃 content 国际在线 reprinted: no finding', async () => {
    expect(await check(lines('上海今天入梅 比常年偏早8天 梅雨期预计持续约25天', '', ...RUMEI, APP_LINE), LICENSED)).toEqual([]);
  });

  it('国际在线’s own download-the-app footer under its article: nonstandard and misplaced, --fix writes 来源:国际在线 under the headline', async () => {
    const text = lines(HEADLINE, '', ...LISHU, '（本文来自国际在线，更多原创资讯请下载“国际在线”APP）');
    const findings = await check(text, LICENSED);
    expect(rows(findings)).toEqual([['nonstandard-attribution', LISHU.length + 3, '本文来自国际在线', '来源:国际在线', true]]);
    expect(findings[0].severity).toBe('warning');
    expect(await check(applyEdits(text, findings[0].fix ?? []), LICENSED)).toEqual([]);
  });
});

it('in the archive the same footer still makes the page 澎湃新闻’s', async () => {
  const page = lines('上海今天入梅 比常年偏早8天', '2024-06-10 14:45:21　责编：沈佳', '', ...LISHU.slice(0, 2), APP_LINE, '');
  expect(articleOf(textDoc(page, 'corpus/page.txt'), await criPack()).origin).toMatchObject({ kind: 'third-party', source: '澎湃新闻' });
});
