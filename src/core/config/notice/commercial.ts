// Commercial and non-commercial reuse under different terms: 商业转载请联系作者获得授权，非商业转载
// 请注明出处. The commercial part makes the `commercial` term; the credit part is read as attribution.
import { segmentAt, type Reader } from './reading.js';

const COMMERCIAL = /(?<!非)商业(?:性)?(?:转载|使用|用途)/u;

export const readCommercial: Reader = (sentence) => {
  const m = COMMERCIAL.exec(sentence.norm);
  return m ? [{ kind: 'commercial', quote: segmentAt(sentence, m.index) }] : [];
};
