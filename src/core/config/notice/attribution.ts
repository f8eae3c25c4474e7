// Attribution required, and its exact form where the notice gives one: 使用时应注明“来源:X”,
// 转载请注明出处/来源/作者, 转发请注明原文链接. A request for this article's link that gives its
// address (转发请注明本文链接：https://…) is a line of one article's page: no credit rule.
import { segmentAt, type Reader } from './reading.js';

const EXACT = /(?:应|请|须|需|务必|必须|要|并)(?:注明|标明)[“"「]?(来源[:]\s?[^”"」,。]{1,30})[”"」]?/u;
const WHERE_FROM = /(?:出处|来源)[:]\s?([\p{Script=Han}A-Za-z0-9]{2,20})/u;
const ASKED = /(?:转载|转发|转帖|使用|引用|刊用)[^。]{0,12}?(?:请|须|需|应|务必|必须)[^。]{0,8}?(?:注明|标明|署名|保留)[^。,]{0,6}?(?:出处|来源|作者|链接|原文|署名)/u;
const ASKED_BARE = /(?:请|须|需|应|务必|必须)(?:注明|标明)(?:出处|来源|作者)/u;

export const readAttribution: Reader = (sentence) => {
  const { norm } = sentence;
  const exact = EXACT.exec(norm);
  const asked = exact ?? ASKED.exec(norm) ?? ASKED_BARE.exec(norm);
  if (!asked) return [];
  const segment = segmentAt(sentence, asked.index);
  if (/链接/u.test(asked[0]) && /https?:|www\./iu.test(norm.slice(asked.index))) return [{ kind: 'perArticle', quote: segment }];
  // the form ends at its closing quotation mark, which segmentAt keeps inside the segment
  const site = exact ? undefined : WHERE_FROM.exec(norm)?.[1];
  return [{ kind: 'attribution', quote: segment, ...(exact ? { required: exact[1].replace(/:\s/u, ':') } : {}), ...(site ? { site } : {}) }];
};
