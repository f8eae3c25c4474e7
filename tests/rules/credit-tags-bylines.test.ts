// A headline credit followed by a media tag (（组图）, （视频）) or with the reporter in its brackets
// (（来源：国际在线 记者 张三）), as Chinese news sites print them: read as the credit, so no
// missing-attribution and no second credit written by --fix.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const page = (headline: string) => lines(headline, '', ...HANCHAO);

const FORMS: Array<[name: string, after: string]> = [
  ['then （组图）', '（来源：{}）（组图）'],
  ['then a bracket opened and left', '（来源：{}）（'],
  ['then 【视频】（图）', '【来源：{}】【视频】（图）'],
  ['with the reporter in its brackets', '（来源：{} 记者 马晓婷）'],
  ['with the reporter, the bracket never closed', '（来源：{} 记者 马晓婷'],
  ['with the editor, then （组图）', '（来源：{} 编辑：孙悦）（组图）'],
  ['with the translator in its brackets', '（来源：{} 编译 周敏）'],
  ['with the photographer after a comma', '（来源：{}，摄影 陈立）'],
  ['past a space, then the reporter', '\u3000来源：{}\u3000记者 马晓婷'],
  ['past a space, then the editor', ' 来源：{} 编辑：孙悦'],
  ['past a space, then the reporter with a trainee tag', '\u3000来源：{}\u3000记者 马晓婷（实习）'],
  ['past a space, then two reporters, one a trainee', ' 来源：{} 记者 马晓婷 王晨（实习生）'],
  ['with the reporter and a trainee tag in its brackets', '（来源：{} 记者 马晓婷（见习））'],
  ['past a space, the translator glued on', '\u3000来源：{}编译周敏'],
  ['past a space, the reporter glued on', '\u3000来源：{}记者马晓婷'],
  ['past a space, a trainee reporter glued on', '\u3000来源：{}实习记者马晓婷'],
  ['past a space, an intern glued on', ' 来源：{}实习生李想'],
  ['with the translator glued on in its brackets', '（来源：{}编译周敏）'],
];

describe('a credit after the headline, beside a media tag or a byline', () => {
  it.each(FORMS)('in the required form, %s: nothing to report', async (_name, after) => {
    expect(await check(page(HEADLINE + after.replace('{}', '国际在线')), LICENSED)).toEqual([]);
  });

  it.each(FORMS)('as 来源：CRI, %s: reworded where it stands, and the fixed page passes', async (_name, after) => {
    const text = page(HEADLINE + after.replace('{}', 'CRI'));
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed.split('\n')[0]).toContain('来源:国际在线');
    expect(fixed.split('\n')[0].endsWith(after.split('{}')[1])).toBe(true);
    expect(fixed.split('来源').length).toBe(text.split('来源').length);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('a byline glued to the alias 国际在线网: the alias is the name, and --fix keeps the byline', async () => {
    const text = page(`${HEADLINE}\u3000来源：国际在线网编译周敏`);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toContain('「来源：国际在线网」');
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed.split('\n')[0]).toBe(`${HEADLINE}\u3000来源:国际在线编译周敏`);
  });

  it('a longer name whose rest reads as an outlet (国际在线编译网) is not cut to the publisher\'s', async () => {
    const findings = await check(page(`${HEADLINE}\u3000来源：国际在线编译网`), LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['wrong-source']);
    expect(findings[0].message).toContain('国际在线编译网');
  });
});
