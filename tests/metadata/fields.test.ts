import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import type { Document } from '../../src/core/read/types.js';

/** A Markdown document as the reader makes it: front matter read into fields and blanked in `text`. */
function markdown(raw: string, fields: Document['fields']): Document {
  const end = raw.indexOf('\n---\n') + 5;
  const text = raw.slice(0, end).replace(/[^\n]/gu, ' ') + raw.slice(end);
  const fieldSpans: Document['fieldSpans'] = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof Document['fields'], string]>) {
    const at = raw.indexOf(value);
    fieldSpans[key] = { start: at, end: at + value.length };
  }
  return { path: 'a.md', format: 'markdown', raw, text, lineOffset: 0, fields, fieldSpans };
}

describe('container fields', () => {
  it('claims the front matter source first, spanning its value in the file', () => {
    const raw = '---\ntitle: 两会速递\nsource: 国际在线\n---\n# 两会速递\n\n来源：国际在线\n\n正文。\n';
    const doc = markdown(raw, { title: '两会速递', source: '国际在线' });
    const claims = extractMetadata(doc).sources;
    expect(claims.map((c) => [c.form, c.value, c.line.value])).toEqual([['front-matter', '国际在线', '国际在线'], ['来源', '国际在线', '来源：国际在线']]);
    expect(claims[0].span).toEqual({ start: raw.indexOf('国际在线'), end: raw.indexOf('国际在线') + 4 });
  });

  it('takes nothing from blanked front matter, and no claim from an empty field', () => {
    const raw = '---\nsource: ""\n---\n正文没有注明来源。\n';
    expect(extractMetadata(markdown(raw, {})).sources).toEqual([]);
  });

  it('strips 《》 from a field source', () => {
    const raw = '---\n来源: 《人民日报》\n---\n正文。\n';
    const [claim] = extractMetadata(markdown(raw, { source: '《人民日报》' })).sources;
    expect([claim.value, claim.line.value]).toEqual(['人民日报', '《人民日报》']);
  });

  it('reads a field written as a credit as the credit: 来源:国际在线 names 国际在线', () => {
    for (const written of ['来源:国际在线', '来源：国际在线', '本文来源：国际在线', '【来源：国际在线】', '来源: 国际在线']) {
      const raw = `---\nsource: ${written}\n---\n正文。\n`;
      const [claim] = extractMetadata(markdown(raw, { source: written })).sources;
      expect([claim.form, claim.value, claim.line.value], written).toEqual(['front-matter', '国际在线', written]);
    }
  });

  it('separates a byline after the name: 国际在线 记者 张三 names 国际在线', () => {
    const cases: Array<[string, string]> = [
      ['国际在线 记者 张三', '国际在线'],
      ['新华社记者 王五 李六', '新华社'],
      ['来源：国际在线 编辑：李四', '国际在线'],
      ['（来源：人民日报 记者 赵敏）', '人民日报'],
    ];
    for (const [written, value] of cases) {
      const [claim] = extractMetadata(markdown(`---\nsource: ${written}\n---\n正文。\n`, { source: written })).sources;
      expect(claim.value, written).toBe(value);
    }
  });

  it('keeps a field whole where what follows the name is no byline or the credit does not fill it', () => {
    for (const written of ['国际在线 新华社', '国际在线、新华社', '来源：国际在线 广告合作', '转载请注明来源：国际在线', '记者 张三']) {
      const [claim] = extractMetadata(markdown(`---\nsource: ${written}\n---\n正文。\n`, { source: written })).sources;
      expect(claim.value, written).toBe(written);
    }
  });
});
