// An archive record whose story opens with a wire citation, 据新华社电 or 据新华社北京3月4日电, is that
// agency's story, as one opening with 新华社北京3月4日电 is; a corpus export often glues the record's
// headline to it (市场监管总局部署整治校园周边食品安全据新华社电 昨天，…). By-hand trial, defect 2: such a
// record's origin was read as the outlet 「市场监管总局…安全据新华社」 (the headline and all, so a copy was
// told to credit it), another with a space in its headline as 国际在线's own, and inspect showed no 来源.
// The outlet is what stands between 据 and 电, and a dateline's name is never a run of headline text.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { checkAgainstTexts } from '../rules/written-corpus.js';

const HEADLINE = '市场监管总局部署整治校园周边食品安全';
const STORY = [
  '昨天，国家市场监督管理总局发布通知称，将从本月起在全国范围内集中开展校园周边食品安全专项整治行动，重点检查校园周边小餐馆、小卖部和流动摊贩。',
  '通知要求各地市场监管部门对无证经营、销售过期食品等问题依法查处，对问题突出的地区挂牌督办，并在学期结束前向社会公布整治结果。',
];

/** A record as a corpus export keeps it: `lead` opens its text, the story after it. */
const record = (lead: string) => [`${lead}${STORY[0]}`, STORY[1]].join('\n');
const originOf = async (text: string) => articleOf(textDoc(text, 'corpus/xiaoyuan.txt'), await criPack()).origin;

describe('whose story a record opening with a wire citation is', () => {
  const cases: Array<[name: string, source: string, text: string]> = [
    ['the headline glued to 据新华社电 and a space', '新华社', record(`${HEADLINE}据新华社电 `)],
    ['a headline with a space in it glued to 据新华社电', '新华社', record('校园周边食品安全整治启动 重点查处无证经营据新华社电 ')],
    ['the headline glued to 据新华社北京3月4日电', '新华社', record(`${HEADLINE}据新华社北京3月4日电 `)],
    ['the headline glued to 据中新社电（记者 郭佳）', '中新社', record(`${HEADLINE}据中新社电（记者 郭佳）`)],
    ['据新华社电 opening the story under its headline', '新华社', [HEADLINE, record('据新华社电 ')].join('\n')],
    ['据新华社北京3月4日电 opening the story under its headline', '新华社', [HEADLINE, record('据新华社北京3月4日电 ')].join('\n')],
    ['a short headline glued to 新华社北京3月4日电: the known outlet ending the run', '新华社', record('食品安全整治启动新华社北京3月4日电 ')],
    // was the publisher's own: 羊城晚报 is a dateline's outlet now listed; one no list knows is unnamed (glued-dateline-origin)
    ['a short headline glued to 羊城晚报北京3月4日电: the listed outlet ending the run, not the run', '羊城晚报', record('食品安全整治启动羊城晚报北京3月4日电 ')],
  ];
  it.each(cases)('%s: third-party, from %s', async (_name, source, text) => {
    expect(await originOf(text)).toMatchObject({ kind: 'third-party', source });
  });

  const own: Array<[name: string, text: string]> = [
    ['a short headline glued to 本报北京3月4日电 (本报 names no outlet, nor does the headline)', record('食品安全整治启动本报北京3月4日电 ')],
    ['据国际在线电 opening the story', [HEADLINE, record('据国际在线电 ')].join('\n')],
    ['据新华社报道 in the story’s first sentence (a fact’s citation)', [HEADLINE, record('据新华社报道，')].join('\n')],
    ['据新华社电 inside a sentence', [HEADLINE, record('记者从市场监管总局获悉，据新华社电 ')].join('\n')],
  ];
  it.each(own)('%s: the publisher’s own', async (_name, text) => {
    expect(await originOf(text)).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});

describe('the glued citation as the metadata (and inspect) read it', () => {
  it.each([
    [`${HEADLINE}据新华社电 `, '据新华社电'],
    ['校园周边食品安全整治启动 重点查处无证经营据新华社电 ', '据新华社电'],
    [`${HEADLINE}据新华社北京3月4日电 `, '据新华社北京3月4日电'],
  ])('%s…: a citation of 新华社, the headline not in it', (lead, written) => {
    const { sources } = extractMetadata(textDoc(record(lead)));
    expect(sources.map((s) => [s.value, s.form, s.line.value])).toEqual([['新华社', '据…电', written]]);
  });

  it('only on the record’s first line: 据新华社电 glued to words further down is none', () => {
    const text = [HEADLINE, '', `校园周边食品安全整治启动据新华社电 ${STORY[0]}`].join('\n');
    expect(extractMetadata(textDoc(text)).sources).toEqual([]);
  });
});

describe('a verbatim copy of a glued record, outside any licence', () => {
  const archive = [{ id: 'xiaoyuan', text: record(`${HEADLINE}据新华社电 `) }];
  const copy = (credit: string) => ['校园周边食品安全专项整治', `2024-09-09 来源：${credit}`, '', record(`${HEADLINE}据新华社电 `)].join('\n');

  it.each(['示例新闻网', '国际在线'])('crediting 来源：%s: wrong-source asking 来源:新华社, never the headline', async (credit) => {
    const found = await checkAgainstTexts(archive, copy(credit), [], 'content/news/xiaoyuan.txt');
    expect(found.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['wrong-source', '来源:新华社']]);
    expect(found[0].message).not.toContain(HEADLINE);
  });
});
