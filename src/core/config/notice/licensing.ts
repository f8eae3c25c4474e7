// A licence's terms: a licensee stays within its scope (被授权人…应在授权范围内使用), and nobody
// without an agreement may use the content (未与…签订协议…均无权…使用).
import { whole, type Reader, type Reading } from './reading.js';

const SCOPE = /授权范围|超范围|被授权(?:人|方|单位)/u;
const AGREEMENT = /(?:未与|未同)[^。]{0,40}?(?:签订|签署)[^。]{0,10}?协议|未取得授权书|无权(?:销售|使用|转载)/u;

export const readLicensing: Reader = (sentence) => {
  const readings: Reading[] = [];
  if (SCOPE.test(sentence.norm)) readings.push({ kind: 'licensing.scope', quote: whole(sentence) });
  if (AGREEMENT.test(sentence.norm)) readings.push({ kind: 'licensing.agreement', quote: whole(sentence) });
  return readings;
};
