import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, checkRule, itReportsNothing, oneFinding, paragraphs, type Case } from './harness.js';

const RULE = 'nonstandard-attribution';
const LICENSED: Case = { licences: [LICENCE] };

const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');

const HEADLINE = '“梨树模式”推广面积超过3000万亩';
const credited = (line: string) => lines(HEADLINE, line, '', ...LISHU);

interface Invalid {
  name: string;
  text: string;
  case?: Case;
  /** The source line as written: the finding points at it. */
  claimed: string;
  says: string;
  /** The text once the offered fix is applied; none when no fix is offered. */
  fixed?: string;
}

const invalid: Invalid[] = [
  { name: '来源：CRI', text: credited('来源：CRI'), claimed: '来源：CRI', says: '来源写作「来源：CRI」', fixed: credited('来源:国际在线') },
  { name: '来源：国际在线网', text: credited('来源：国际在线网'), claimed: '来源：国际在线网', says: '来源写作「来源：国际在线网」', fixed: credited('来源:国际在线') },
  { name: '据国际在线报道 in place of a source line', text: credited('据国际在线报道'), claimed: '据国际在线报道', says: '要求的写法是「来源:国际在线」', fixed: credited('来源:国际在线') },
  { name: '稿件来源：中国国际广播电台国际在线', text: credited('稿件来源：中国国际广播电台国际在线'), claimed: '稿件来源：中国国际广播电台国际在线', says: '要求的写法是「来源:国际在线」', fixed: credited('来源:国际在线') },
  { name: '〈本文来源：国际在线〉 (angle brackets)', text: credited('〈本文来源：国际在线〉'), claimed: '〈本文来源：国际在线〉', says: '来源写作「〈本文来源：国际在线〉」', fixed: credited('来源:国际在线') },
  {
    name: '〈本文来源：国际在线 记者 于小慧〉: the brackets hold a byline too, so both stay',
    text: credited('〈本文来源：国际在线 记者 于小慧〉'),
    claimed: '本文来源：国际在线',
    says: '来源写作「本文来源：国际在线」',
    fixed: credited('〈来源:国际在线 记者 于小慧〉'),
  },
  {
    name: '（本文来源：国际在线 编辑：孙悦）: the brackets hold an editor too, so both stay',
    text: credited('（本文来源：国际在线 编辑：孙悦）'),
    claimed: '本文来源：国际在线',
    says: '来源写作「本文来源：国际在线」',
    fixed: credited('（来源:国际在线 编辑：孙悦）'),
  },
  {
    name: 'front matter 来源: CRI (no fix: the key is the user\'s to rewrite)',
    text: ['---', `title: ${HEADLINE}`, '来源: CRI', 'date: 2024-04-28', '---', '', `# ${HEADLINE}`, '', ...LISHU].join('\n'),
    case: { ...LICENSED, path: 'content/licensed/lishu.md' },
    claimed: 'CRI',
    says: '来源写作「CRI」',
  },
  {
    name: '来源:国际在线 at the bottom, after the body',
    text: lines('寒潮来袭 中央气象台发布寒潮橙色预警', '发布时间：2024-01-05 09:12', '', ...HANCHAO, '', '来源:国际在线', '责任编辑：孙悦'),
    claimed: '来源:国际在线',
    says: `在第 ${HANCHAO.length + 5} 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置`,
    fixed: lines('寒潮来袭 中央气象台发布寒潮橙色预警', '来源:国际在线', '发布时间：2024-01-05 09:12', '', ...HANCHAO, '', '责任编辑：孙悦'),
  },
  {
    name: 'the whole article as one long line, 来源:国际在线 after all of it (line 2 of the file)',
    text: lines('寒潮来袭 中央气象台发布寒潮橙色预警', `${HANCHAO.join('')}（来源:国际在线）`),
    claimed: '（来源:国际在线）',
    says: '在第 2 行，已在正文开始之后',
    fixed: lines('寒潮来袭 中央气象台发布寒潮橙色预警', '来源:国际在线', HANCHAO.join('')),
  },
  {
    name: '来源:国际在线 after the first paragraph, within the first five lines',
    text: lines('寒潮来袭', HANCHAO[0], '来源:国际在线', ...HANCHAO.slice(1)),
    claimed: '来源:国际在线',
    says: '在第 3 行，已在正文开始之后',
    fixed: lines('寒潮来袭', '来源:国际在线', ...HANCHAO),
  },
  {
    name: '来源:国际在线 closing the first paragraph',
    text: lines('寒潮来袭', `${HANCHAO[0]}（来源:国际在线）`, ...HANCHAO.slice(1)),
    claimed: '（来源:国际在线）',
    says: '在第 2 行，已在正文开始之后',
    fixed: lines('寒潮来袭', '来源:国际在线', ...HANCHAO),
  },
];

describe('nonstandard-attribution: 国际在线 credited, but not as its notice asks', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const f = await oneFinding(RULE, c.text, c.case ?? LICENSED, { severity: 'warning', clause: 3, at: c.claimed });
      expect(f.attribution).toEqual({ claimed: c.claimed, expected: '来源:国际在线' });
      expect(f.message).toContain(c.says);
      if (c.fixed) {
        // one edit where it stands; a credit below the top is moved: deleted there, written under the headline
        expect(f.fix).toHaveLength(c.says.includes('已在正文开始之后') ? 2 : 1);
        expect(applyEdits(c.text, f.fix ?? [])).toBe(c.fixed);
        expect(await check(c.fixed, LICENSED)).toEqual([]);
      } else {
        expect(f.fix).toBeUndefined();
      }
    });
  }

  it('the remedy for a buried line is to move it under the headline', async () => {
    const text = lines('寒潮来袭', '', ...HANCHAO, '来源：国际在线');
    const [f] = await checkRule(RULE, text, LICENSED);
    expect(f.remedy).toMatch(/^把「来源:国际在线」移到标题下方/);
  });

  it('a front matter field gets the name alone as its remedy, and that value passes', async () => {
    const fm = (value: string) => ['---', `title: ${HEADLINE}`, `source: ${value}`, 'date: 2024-04-28', '---', '', ...LISHU].join('\n');
    const md = { ...LICENSED, path: 'content/licensed/lishu.md' };
    const [f] = await checkRule(RULE, fm('CRI'), md);
    expect(f.remedy).toMatch(/^在来源字段中把「CRI」改为「国际在线」（--fix 不改字段，请手工修改）/);
    expect(await check(fm('国际在线'), md)).toEqual([]);
  });

  it('a line in the required form counts even when a nonstandard one stands before it', async () => {
    expect(await checkRule(RULE, lines(HEADLINE, '据国际在线报道', '来源：国际在线', ...LISHU), LICENSED)).toEqual([]);
  });
});

describe('nonstandard-attribution does not fire', () => {
  itReportsNothing(RULE, [
    { name: 'the empty document', text: '' },
    { name: '来源:国际在线 under the headline', text: credited('来源:国际在线') },
    { name: '来源：国际在线, full-width colon', text: credited('来源：国际在线') },
    { name: '来源: 国际在线, colon and space', text: credited('来源: 国际在线') },
    { name: '【来源：国际在线】 in brackets', text: credited('【来源：国际在线】') },
    { name: '（来源：国际在线） in full-width parentheses', text: credited('（来源：国际在线）') },
    { name: '〈来源：国际在线〉 in angle brackets', text: credited('〈来源：国际在线〉') },
    { name: '〔来源：国际在线〕 in tortoise-shell brackets', text: credited('〔来源：国际在线〕') },
    { name: '＜来源：国际在线＞ in full-width less/greater-than signs', text: credited('＜来源：国际在线＞') },
    { name: '〖来源：国际在线〗 in white lenticular brackets', text: credited('〖来源：国际在线〗') },
    { name: '〈来源：国际在线 记者 于小慧〉, a byline in the same brackets', text: credited('〈来源：国际在线 记者 于小慧〉') },
    { name: 'front matter source: 来源:国际在线, a field written as the credit', text: ['---', 'source: 来源:国际在线', 'date: 2024-04-28', '---', '', ...LISHU].join('\n'), case: { ...LICENSED, path: 'content/licensed/lishu.md' } },
    { name: 'a header line: date, then 来源：国际在线', text: credited('2024-04-28 10:15  来源：国际在线') },
    {
      name: 'under a long head: navigation, headline, 原标题, date, byline and editor lines (eight lines above the body)',
      text: lines('首页 > 新闻 > 国内', '', HEADLINE, '原标题：梨树模式推广面积超3000万亩', '2024-04-28 10:15', '记者 于小慧', '责任编辑：孙悦', '来源:国际在线', '', ...LISHU),
    },
    { name: 'at the start of the first body line, before its first sentence', text: lines(HEADLINE, `来源：国际在线　${LISHU[0]}`, ...LISHU.slice(1)) },
    { name: 'one long paragraph after a credit line', text: lines(HEADLINE, '来源:国际在线', LISHU.join('')) },
    { name: 'the fifth visible line', text: lines(HEADLINE, '示例新闻网', '2024-04-28', '编辑：孙悦', '来源：国际在线', ...LISHU) },
    { name: 'front matter 来源: 国际在线', text: ['---', '来源: 国际在线', 'date: 2024-04-28', '---', '', ...LISHU].join('\n'), case: { ...LICENSED, path: 'content/licensed/lishu.md' } },
    { name: 'an unlicensed reprint under 来源：CRI (that is unauthorized-reuse)', text: credited('来源：CRI'), case: {} },
    { name: 'a 国际在线 article credited to 新华网 (that is wrong-source)', text: credited('来源：新华网') },
    { name: 'third-party content (吉林日报) credited 来源：吉林日报 at the bottom', text: lines('吉林省领导赴京会谈', '', ...JILIN, '来源：吉林日报') },
  ], LICENSED);
});
