// A headline that starts with 编辑 (编辑部推出新栏目…) was read as an editor's byline (编辑
// 部推出新栏目): the title became the first paragraph, and --fix wrote the credit under the
// headline's line as if the headline were head matter. 编辑部, 编辑室 and the like name no editor.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { titleOf } from '../../src/core/judge/article-origin.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { LICENCE, check, documentOf, lines, paragraphs } from '../rules/harness.js';

const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const NAV = '首页 | 国际 | 国内 | 财经';

const HEADLINES = ['编辑部推出新栏目', '编辑部推出新栏目：长白山周刊', '编辑部的故事：寒潮中的夜班', '编辑室手记 寒潮来袭'];

describe('a headline that starts with 编辑', () => {
  it.each(HEADLINES)('%s: the title, no editor read from it', (headline) => {
    const doc = documentOf(lines(NAV, headline, '', ...HANCHAO));
    const metadata = extractMetadata(doc);
    expect(titleOf(doc, metadata)).toBe(headline);
    expect(metadata.editors).toEqual([]);
  });

  it.each(HEADLINES)('%s, no credit: --fix writes the credit under the headline', async (headline) => {
    const text = lines(headline, '', ...HANCHAO);
    const findings = await check(text, { licences: [LICENCE] });
    expect(findings.map((f) => [f.ruleId, f.document?.title])).toEqual([['missing-attribution', headline]]);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines(headline, '来源:国际在线', '', ...HANCHAO));
    expect(await check(fixed, { licences: [LICENCE] })).toEqual([]);
  });

  it.each(['编辑：柴敏懿', '责任编辑 李跃群'])('an editor line %s under the headline is still an editor', (line) => {
    const doc = documentOf(lines(HEADLINES[0], line, '', ...HANCHAO));
    expect(extractMetadata(doc).editors.map((e) => e.value)).toEqual([line.replace(/^\S+[：\s]/u, '')]);
  });
});
