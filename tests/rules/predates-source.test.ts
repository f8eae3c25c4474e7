// Who published first: a document dated before the corpus article it reuses gets predates-source
// (info) in place of the other rules' findings on that reuse.
import { describe, expect, it } from 'vitest';
import { LICENCE, check, lines, oneFinding, paragraphs, type Case } from './harness.js';

const RULE = 'predates-source';
/** cri-04 is dated 2022-12-10 16:42:05; cri-13 (新华社, reprinted by 国际在线) 2022-09-15. */
const CHANGBAISHAN = await paragraphs('cri-04-changbaishan-huaxue-jie');
const YIJIAN = await paragraphs('cri-13-jiuquan-yijian-sixing');

const dated = (date: string | undefined, credit: string, body: string[]) =>
  lines(...(date ? ['---', `date: ${date}`, '---', ''] : []), '# 长白山滑雪节开幕', '', credit, '', ...body.flatMap((p) => [p, '']));
const MD: Case = { path: 'content/news/changbaishan.md', fallbackDate: '2025-06-01' };

interface Row {
  name: string;
  text: string;
  case: Case;
  /** What the finding says was held back. */
  held: string;
  /** Whose the article is in the message: its 来源 when the archive reprinted it. */
  owner?: string;
}

const predated: Row[] = [
  { name: 'a day before the article, no licence', text: dated('2022-12-09', '来源：长白山日报', CHANGBAISHAN), case: MD, held: 'unauthorized-reuse、wrong-source' },
  { name: 'a year before, credited to 国际在线', text: dated('2021-12-10', '来源：国际在线', CHANGBAISHAN), case: MD, held: 'unauthorized-reuse' },
  { name: 'an excerpt dated before, under a 转载 licence', text: dated('2022-12-01', '来源：国际在线', CHANGBAISHAN.slice(1, 3)), case: { ...MD, licences: [{ ...LICENCE, paths: [], validFrom: undefined, validTo: undefined }] }, held: 'out-of-scope' },
  { name: 'a 新华社 story dated before 国际在线 reprinted it, no 来源', text: dated('2022-09-14', '记者 杨沐阳', YIJIAN), case: MD, held: 'missing-attribution', owner: '新华社' },
  {
    name: 'a date line in the text, not front matter',
    text: lines('长白山滑雪节开幕', '2022-12-09 08:00  来源：长白山日报', '', ...CHANGBAISHAN),
    case: { path: 'content/news/changbaishan.txt' },
    held: 'unauthorized-reuse、wrong-source',
  },
];

describe('predates-source: the document is dated before the article it reuses', () => {
  for (const row of predated) {
    it(row.name, async () => {
      const at = row.text.includes(CHANGBAISHAN[0]) ? CHANGBAISHAN[0].slice(0, 12) : row.text.includes(CHANGBAISHAN[1]) ? CHANGBAISHAN[1].slice(0, 12) : YIJIAN[0].slice(0, 12);
      const f = await oneFinding(RULE, row.text, row.case, { severity: 'info', clause: 2, at });
      const owner = row.owner ?? '国际在线';
      expect(f.message).toMatch(new RegExp(`^本文日期 \\d{4}-\\d{2}-\\d{2} 早于${owner}《.+》的日期 \\d{4}-\\d{2}-\\d{2}`, 'u'));
      expect(f.message).toContain(`关系可能相反（${owner}转载了本文）`);
      expect(f.message).toContain(`未按 ${row.held} 报告`);
      const all = await check(row.text, row.case);
      expect(all.map((x) => x.ruleId)).toEqual([RULE]);
    });
  }
});

describe('the other rules report as usual', () => {
  it.each([
    ['a day after the article', dated('2022-12-11', '来源：长白山日报', CHANGBAISHAN)],
    ['the same day', dated('2022-12-10', '来源：长白山日报', CHANGBAISHAN)],
    ['no date of its own (the fallback date does not count)', dated(undefined, '来源：长白山日报', CHANGBAISHAN)],
  ])('%s', async (_name, text) => {
    const rules = (await check(text, { ...MD, fallbackDate: '2020-01-01' })).map((f) => f.ruleId);
    expect(rules).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('and when predates-source is off, a predated reuse gets them too', async () => {
    const rules = (await check(dated('2022-12-09', '来源：长白山日报', CHANGBAISHAN), { ...MD, rules: { [RULE]: 'off' } })).map((f) => f.ruleId);
    expect(rules).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('a predated reuse that breaks no rule gets no finding at all', async () => {
    expect(await check(dated('2022-09-14', '来源：新华社', YIJIAN), MD)).toEqual([]);
  });
});
