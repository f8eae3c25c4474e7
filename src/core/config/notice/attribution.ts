// Attribution required, and its exact form where the notice gives one: 使用时应注明“来源:X”,
// 转载请注明出处/来源/作者, 转载请标注来源, 转载请附上原文出处链接, 欢迎转载，注明出处即可,
// 转载请注明：X, 转载须注明来源“X”, 转载请注明来自X. A request for this article's link that gives
// its address (转发请注明本文链接：https://…) is a line of one article's page: no credit rule.
import { segmentAt, type Reader } from './reading.js';
import { restore } from './text.js';

const EXACT = /(?:应|请|须|需|务必|必须|要|并)(?:注明|标明|标注)[“"「]?(来源[:]\s?[^”"」,。]{1,30})[”"」]?/u;
/** The name a request gives: 出处：X, 来源：X, 来源“X”, 来源于X, 出自X, 来自X, 注明：X, 注明“X”字样. */
const WHERE_FROM = /(?:(?:出处|来源)(?:[:]\s?|于|[“"「])|出自|来自|(?:注明|标明|标注)(?:[:]\s?|[“"「]))([\p{Script=Han}A-Za-z0-9]{2,20})/u;
const MARK = '(?:注明|标明|标注|署名|保留|附上)';
const WHAT = '(?:出处|来源|作者|链接|原文|署名|出自|来自|[:“"「])';
const USE = '(?:转载|转发|转帖|使用|引用|刊用)';
const ASKED = new RegExp(`${USE}[^。]{0,12}?(?:请|须|需|应|务必|必须)[^。]{0,8}?${MARK}[^。,]{0,6}?${WHAT}`, 'u');
const ASKED_BARE = /(?:请|须|需|应|务必|必须)(?:注明|标明|标注)(?:出处|来源|作者)/u;
/** 欢迎转载，注明出处即可: the credit is all a reprint needs. */
const ENOUGH = new RegExp(`${USE}[^。]{0,12}?(?:注明|标明|标注)(?:出处|来源|作者)[^。,]{0,4}?(?:即可|方可|后可)`, 'u');

export const readAttribution: Reader = (sentence) => {
  const { norm } = sentence;
  const exact = EXACT.exec(norm);
  const asked = exact ?? ASKED.exec(norm) ?? ENOUGH.exec(norm) ?? ASKED_BARE.exec(norm);
  if (!asked) return [];
  // the request from the segment it starts in to the one it ends in (如需转载，请注明出处; 欢迎转载，注明出处即可)
  const segment: [number, number] = [segmentAt(sentence, asked.index)[0], segmentAt(sentence, asked.index + asked[0].length - 1)[1]];
  if (/链接/u.test(asked[0]) && /https?:|www\./iu.test(norm.slice(asked.index))) return [{ kind: 'perArticle', quote: segment }];
  // the form ends at its closing quotation mark, which segmentAt keeps inside the segment
  const site = exact ? undefined : WHERE_FROM.exec(norm)?.[1];
  const required = exact?.[1].replace(/:\s/u, ':');
  // the form as the notice writes it (来源：X, a full-width colon) is the one editors copy: accepted as the required one
  const written = exact ? restore(sentence, exact[1]).trim() : undefined;
  const accepted = written !== undefined && written !== required ? { accepted: [written] } : {};
  return [{ kind: 'attribution', quote: segment, ...(required ? { required, ...accepted } : {}), ...(site ? { site } : {}) }];
};
