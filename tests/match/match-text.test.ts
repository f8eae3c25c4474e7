// A document's text as matched (normalised, boilerplate lines masked) is kept for the next ask:
// narrowIndex and then findReuse ask for the same document's. Kept per document and boilerplate,
// never handed to another document, nor under another archive's boilerplate.
import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/core/match/index.js';
import type { Boilerplate } from '../../src/core/match/boilerplate.js';
import type { Document } from '../../src/core/read/types.js';
import { normalize } from '../../src/core/normalize/index.js';

const FOOTER = '责任编辑：王晓明　校对：李红';

function docOf(path: string, body: string): Document {
  const text = `${body}\n${FOOTER}\n`;
  return { path, format: 'text', raw: text, text, lineOffset: 0, fields: {}, fieldSpans: {} };
}

const STORY = '12月26日上午，京津冀首条跨省市域铁路——北京至唐山城际铁路正式开通运营，首趟列车从北京城市副中心站驶出。';
const OTHER = '国铁集团有关负责人表示，下一步将根据客流变化适时增开列车，并推动车站与城市公交、地铁实现无缝换乘。';

describe('matchText', () => {
  const masking: Boilerplate = { lines: new Set([normalize(FOOTER).text]), notice: '' };
  const none: Boilerplate = { lines: new Set(), notice: '' };

  it('gives the same text when asked again for one document, and each document its own', () => {
    const story = docOf('a.txt', STORY);
    const first = matchText(story, masking);
    expect(matchText(story, masking)).toBe(first);
    expect(first.text).toContain('京津冀首条跨省市域铁路');
    expect(first.text).not.toContain('责任编辑');
    // another document of another text, then one of the same text: each its own
    const other = matchText(docOf('b.txt', OTHER), masking);
    expect(other.text).toContain('国铁集团有关负责人表示');
    expect(other.text).not.toContain('京津冀');
    const twin = docOf('c.txt', STORY);
    expect(matchText(twin, masking).text).toBe(first.text);
    expect(matchText(story, masking).text).toBe(first.text);
  });

  it('masks by the boilerplate asked under, not the last one asked', () => {
    const story = docOf('a.txt', STORY);
    expect(matchText(story, masking).text).not.toContain('责任编辑');
    expect(matchText(story, none).text).toContain('责任编辑');
    expect(matchText(story, masking).text).not.toContain('责任编辑');
  });
});
