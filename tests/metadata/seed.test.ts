import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { findMarkers, isThirdPartyMarked } from '../../src/core/judge/markers.js';
import type { Located } from '../../src/core/shared/types.js';
import type { Metadata } from '../../src/core/metadata/types.js';
import { fixture, SEED, textDoc } from '../helpers/docs.js';
import { CRI } from './cri-pack.js';

const TITLE = '景俊海韩俊率队与国家有关部委单位举行工作会谈 深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能';

/** Each located value must be the text at its span. */
function expectLocated(text: string, items: readonly Located[]): void {
  for (const item of items) expect(text.slice(item.span.start, item.span.end)).toBe(item.value);
}

function expectSeed(text: string, meta: Metadata): void {
  expect(meta.sources.map((s) => [s.form, s.value, s.line.value])).toEqual([['来源', '吉林日报', '来源:吉林日报']]);
  expect(meta.sources[0].span.start).toBe(text.indexOf('吉林日报责编'));
  expect(meta.editors.map((e) => e.value)).toEqual(['冯雅君']);
  // the page separates the title's parts with spaces and no-break spaces; the value keeps them as written
  expect(meta.originalTitle?.value.replace(/\s/gu, ' ')).toBe(TITLE);
  expect(meta.authors.map((a) => a.value)).toEqual(['黄鹭', '于小博']);
  expect(meta.dates.map((d) => d.value)).toEqual(['2022-03-04T11:59:53']);
  expect(meta.dates[0].span.start).toBe(text.indexOf('2022-03-04 11:59:53'));
  expectLocated(text, [...meta.editors, ...meta.authors, ...(meta.originalTitle ? [meta.originalTitle] : [])]);
  expectLocated(text, meta.sources);
}

describe('the seed page (国际在线, reprinted from 吉林日报)', () => {
  const seed = fixture(SEED);

  it('says: 来源 吉林日报, 责编 冯雅君, its original title, reporters 黄鹭 and 于小博, 2022-03-04 11:59:53', () => {
    expectSeed(seed, extractMetadata(textDoc(seed, 'cri-page.txt')));
  });

  it('does not take the notice footer’s quoted “来源:国际在线” or “来源:XXX(非国际在线)” as its source', () => {
    const footer = seed.slice(seed.indexOf('国际在线版权与信息产品内容销售的声明'));
    expect(footer).toContain('“来源:国际在线”');
    expect(extractMetadata(textDoc(footer)).sources).toEqual([]);
  });

  it('reads the same with CRLF line ends', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    expectSeed(crlf, extractMetadata(textDoc(crlf)));
  });

  it('has no own-content marker: the notice names them in quotes', () => {
    expect(findMarkers(seed, CRI)).toEqual([]);
  });

  it('is marked third-party: its source is 吉林日报, not 国际在线', () => {
    expect(isThirdPartyMarked(seed, CRI)).toBe(true);
  });
});
