// Third-party content: 凡本网注明“来源:XXX(非本网)”的作品，均转载自其它媒体 (a reprint: credit the
// original), the exception 但明确标注为第三方版权的内容除外, and disclaimers (不代表本网观点,
// 用户上传并发布, 仅提供信息存储空间服务, 版权归原作者所有), which make no term.
import { segmentAt, toSegment, whole, type Reader, type Reading } from './reading.js';

const REPRINTED = /(?:转载自|转载于|转自|来自|选自|摘自|来源于)(?:其它|其他|其它的|其他的|合作)?(?:媒体|网站|媒介|单位)/u;
const NOT_OURS = /[(（]非([^)）”]{1,20})[)）]/u;
const EXCEPTION = /第三方(?:版权|内容|来源)?[^,。]{0,10}?除外|标注为第三方/u;
const DISCLAIMER = /不代表[^。]{0,12}?(?:观点|立场)|仅代表[^。]{0,8}?(?:观点|立场)|用户上传|仅提供信息(?:存储|发布)|信息存储空间|版权归原作者|版权归作者|(?:著作权|版权)(?:均)?归作者|仅供参考|不构成[^。]{0,6}?建议|不对[^。]{0,20}?(?:准确|真实)|风险自担|自行承担|投资有风险|^风险提示$|uploaded and posted|information storage/iu;

export const readThirdParty: Reader = (sentence) => {
  const { norm } = sentence;
  const readings: Reading[] = [];
  const reprinted = REPRINTED.exec(norm);
  if (reprinted && /来源|注明|凡/u.test(norm)) {
    const not = NOT_OURS.exec(norm);
    readings.push({ kind: 'thirdParty', quote: toSegment(sentence, reprinted.index) });
    if (not) readings.push({ kind: 'thirdPartyException', quote: toSegment(sentence, reprinted.index), thirdPartyMarkers: [`非${not[1]}`] });
  }
  const exception = EXCEPTION.exec(norm);
  if (exception) readings.push({ kind: 'thirdPartyException', quote: segmentAt(sentence, exception.index), thirdPartyMarkers: ['第三方版权'] });
  const disclaimer = DISCLAIMER.exec(norm);
  if (disclaimer && readings.length === 0) readings.push({ kind: 'disclaimer', quote: whole(sentence) });
  return readings;
};
