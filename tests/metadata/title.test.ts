import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';
import { marked } from './marked.js';

const TITLES: Array<[string, string]> = [
  ['原标题：', '原标题：⟦苹果回应“违反中国劳动法”：大多数指控错误⟧'],
  ['in brackets', '（原标题：⟦美国新冠肺炎确诊病例超过278万例⟧）'],
  ['ASCII brackets and spaces', '  (原标题:⟦景俊海韩俊率队举行工作会谈 深入对接创新资源⟧)  '],
  ['【原标题】', '【原标题】⟦深入对接创新资源 持续开展务实合作⟧'],
  ['原题：', '原题：⟦是“收割韭菜”还是“回归理性”⟧'],
  ['原题为《》', '（原题为《⟦是“收割韭菜”还是“回归理性”⟧》）'],
  ['新闻原标题', '新闻原标题：⟦１１岁女孩下水勇救小弟弟⟧'],
  ['本文原标题《》', '本文原标题：《⟦定了！广州南沙邮轮母港即将开通！⟧》'],
  ['CRLF', '正文。\r\n原标题：⟦两会速递⟧\r\n下一段'],
];

describe('original title', () => {
  it.each(TITLES)('%s', (_why, source) => {
    const { text, values } = marked(source);
    const title = extractMetadata(textDoc(text)).originalTitle;
    expect(title).toEqual({ value: text.slice(values[0].start, values[0].end), span: values[0] });
  });

  it.each([
    ['prose', '记者注意到，该文原标题为《两会速递》，后被修改。'],
    ['quoted', '“原标题：两会速递”'],
    ['no title after the key', '原标题：'],
  ])('none in %s', (_why, text) => {
    expect(extractMetadata(textDoc(text)).originalTitle).toBeUndefined();
  });
});
