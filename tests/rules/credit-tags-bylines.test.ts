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
    expect(fixed.split('来源').length).toBe(text.split('来源').length);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});
