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
});
