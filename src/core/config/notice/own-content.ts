// Own-content markers: “X专稿”、“X消息”、“XXX消息”、“X讯”、“X报道” listed in the notice; 本文系X独家稿件;
// 本文为X原创文章; 本网原创, 原创稿件. A listed XX stands for a place: {place}.
import { segmentAt, whole, type Reader } from './reading.js';
import { restore } from './text.js';

const LISTED = /[“"「]([^”"」]{1,24}?(?:专稿|消息|讯|报道|电|稿件|原创|独家))[”"」]/gu;
const THIS_IS = /本文(?:系|为|是)\s?([^,。]{1,24}?)(独家稿件|独家|原创文章|原创稿件|原创|专稿)/u;
const SITE_OWN = /本(?:网|站|报|刊)(?:所有)?(?:原创|独家|专稿)|原创稿件/u;

export const readOwnContent: Reader = (sentence, context) => {
  const { norm } = sentence;
  const listed = [...norm.matchAll(LISTED)].filter((m) => !/来源/u.test(m[1]));
  if (listed.length > 0 && /包括|自有版权|原创|专稿|稿件|作品|凡/u.test(norm)) {
    const first = listed[0].index;
    const last = listed[listed.length - 1];
    const start = segmentAt(sentence, first)[0];
    const end = Math.max(segmentAt(sentence, last.index)[1], last.index + last[0].length);
    return [{ kind: 'ownContent', quote: [start, end], markers: listed.map((m) => restore(sentence, m[1]).replace(/XXX|XX|xx|ＸＸ|某地/u, '{place}')) }];
  }
  const own = THIS_IS.exec(norm);
  if (own) {
    const who = restore(sentence, own[1].trim());
    const end = own.index + own[0].length;
    const marker = /^本(?:网|站|报)$/u.test(who) && context.name ? `${context.name}${own[2]}` : sentence.text.slice(sentence.map[end - own[1].length - own[2].length] - sentence.map[0], sentence.map[end - 1] - sentence.map[0] + 1).trim();
    return [{ kind: 'ownContent', quote: segmentAt(sentence, own.index), markers: [marker], site: who }];
  }
  const site = SITE_OWN.exec(norm);
  if (site && context.name && !/第三方/u.test(norm.slice(site.index, site.index + 8))) {
    const word = /专稿/u.test(site[0]) ? '专稿' : /独家/u.test(site[0]) ? '独家' : '原创';
    return [{ kind: 'ownContent', quote: site.index === 0 ? whole(sentence) : segmentAt(sentence, site.index), markers: [`${context.name}${word}`] }];
  }
  return [];
};
