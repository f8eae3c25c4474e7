// A credit may name where a copy was taken and, after it on its line, whose the text is:
// 来源：国际在线（转载自吉林日报）, 来源：国际在线 转自吉林日报. The two halves are read as two claims;
// here they are told to belong together.
import type { SourceClaim } from '../metadata/types.js';
import { creditedOutletLike } from '../metadata/outlets.js';
import { endsCarriedWord, isCarrierGap } from '../metadata/carried-words.js';
import { keyText } from '../shared/keytext.js';
import { namesAccount } from '../metadata/value.js';

/** Whether `carried` (a 转载自, 转自 or 摘自 credit) follows `carrier` on its line, saying whose the text it carries is. */
export function carries(text: string, carrier: SourceClaim, carried: SourceClaim): boolean {
  const { end } = carrier.line.span;
  return endsCarriedWord(carried.form) && isCarrierGap(text, end, carried.line.span.start);
}

/** The carrier's credit and the 转载自 after it as one claim, quoted whole: 来源：国际在线（转载自新华社）. */
export function withCarried(text: string, carrier: SourceClaim, carried: SourceClaim): SourceClaim {
  const span = { start: carrier.line.span.start, end: carried.line.span.end };
  return { ...carrier, line: { value: carrier.line.value + text.slice(carrier.line.span.end, carried.line.span.start) + carried.line.value, span } };
}

/**
 * Whether a 转自 part names an outlet the text could be credited to: 转自新华社, 转自央视新闻客户端,
 * a foreign outlet by its Latin name in any case or its Chinese one (转自CNN, 转自Reuters, 转自The New
 * York Times, 转自英国广播公司), a named account (转自微信公众号“侠客岛”: 侠客岛, clause 4's original
 * source). 转自本台记者 (本台, 本网, 本报: the carrier itself), 转自网络, a bare platform word
 * (转自微信公众号) and a Latin byline or word (转自John Smith, 转自Twitter) name none.
 */
export function namesCarriedOutlet(claim: SourceClaim): boolean {
  return creditedOutletLike(keyText(claim.value.trim())) || namesAccount(claim);
}
