import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, normalisedOffset, originalSpan, withoutSpans } from '../../src/core/normalize/index.js';
import { article, fixture, SEED } from '../helpers/docs.js';
import { maskedText } from '../../src/core/match/boilerplate.js';
import { preparedArticle } from '../../src/core/match/corpus-index.js';
import { ROOT } from '../helpers/corpus.js';

describe('normalise: the text that matching sees', () => {
  it('folds full-width letters, digits and the ideographic space, and lower-cases', () => {
    expect(normalize('２０２２年３月４日　ＣＲＩ Online').text).toBe('2022年3月4日crionline');
  });

  it('drops Chinese and Western punctuation and whitespace', () => {
    expect(normalize('来源：国际在线，“一带一路”倡议（BRI）。\r\n  ——记者 黄鹭').text).toBe('来源国际在线一带一路倡议bri记者黄鹭');
  });

  it('folds traditional characters to simplified ones', () => {
    const traditional = '來源：國際在線 轉載 責編 為吉林振興發展培育新優勢注入新動能';
    const simplified = '来源：国际在线 转载 责编 为吉林振兴发展培育新优势注入新动能';
    expect(normalize(traditional).text).toBe(normalize(simplified).text);
  });

  it('keeps a map from every normalised character back to the original', () => {
    const original = '  原标题：景俊海韩俊率队与国家有关部委单位举行工作会谈';
    const norm = normalize(original);
    const at = norm.text.indexOf('景俊海');
    const span = originalSpan(norm, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('景俊海');
    expect(normalisedOffset(norm, span.start)).toBe(at);
  });

  it('masks spans of the original (boilerplate lines) out of the normalised text', () => {
    const original = '正文第一句。\n国际在线版权与信息产品内容销售的声明\n正文第二句。';
    const line = original.indexOf('国际在线');
    const masked = withoutSpans(normalize(original), [{ start: line, end: original.indexOf('\n', line) }]);
    expect(masked.text).toBe('正文第一句正文第二句');
    expect(original[masked.map[masked.text.indexOf('第二')]]).toBe('第');
  });

  it('keeps a character beyond the BMP whole and reads a lone surrogate as U+FFFD, as index fingerprints were made', () => {
    const original = '新华社😀北京\uD800电\n记者\uDC00报道𠀀。\n本网站所刊登的各种新闻信息均为版权所有';
    const expected = '新华社😀北京\uFFFD电记者\uFFFD报道𠀀本网站所刊登的各种新闻信息均为版权所有';
    expect(normalize(original).text).toBe(expected);
    const ready = preparedArticle(article('cri-emoji', original), { lines: new Set(), notice: '' }, 0);
    expect(ready.norm.text).toBe(expected);
    const line = original.lastIndexOf('\n');
    expect(withoutSpans(normalize(original), [{ start: line, end: original.length }]).text).toBe('新华社😀北京\uFFFD电记者\uFFFD报道𠀀');
    expect(maskedText(original, { lines: new Set([normalize('本网站所刊登的各种新闻信息均为版权所有').text]), notice: '' }).text).toBe('新华社😀北京\uFFFD电记者\uFFFD报道𠀀');
  });

  it('is empty for the empty text and for punctuation only', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('，。“”！？　 \n').map.length).toBe(0);
  });

  const files = [
    SEED,
    ...readdirSync(path.join(ROOT, 'fixtures/corpus/cri')).filter((f) => f.endsWith('.txt')).map((f) => `corpus/cri/${f}`),
    ...readdirSync(path.join(ROOT, 'fixtures/reuse')).filter((f) => !f.endsWith('.json') && !f.endsWith('.md') || f.endsWith('.md')).filter((f) => !f.endsWith('.json') && f !== 'README.md').map((f) => `reuse/${f}`),
  ];

  it.each(files)('round-trips its offset map on %s', (file) => {
    const original = fixture(file);
    const norm = normalize(original);
    expect(norm.map.length).toBe(norm.text.length);
    for (let i = 0; i < norm.text.length; i++) {
      // each normalised character is what its original character folds to, in order
      expect(normalize(original[norm.map[i]]).text).toBe(norm.text[i]);
      if (i > 0) expect(norm.map[i]).toBeGreaterThan(norm.map[i - 1]);
    }
  });

  it('reads the seed page file as UTF-8 text', () => {
    expect(readFileSync(path.join(ROOT, 'fixtures', SEED), 'utf8')).toContain('来源:吉林日报');
  });
});
