// A credit may name where a copy was taken and, after it on its line, whose the text is:
// 来源：国际在线（转载自吉林日报）, 来源：国际在线 转自吉林日报. The two halves are read as two claims;
// here they are told to belong together.
import type { SourceClaim } from '../metadata/types.js';

/** What may stand between a carrier's credit and the 转载自 after it: 来源：国际在线（转载自吉林日报）, 来源：国际在线 转自吉林日报. */
const CARRIER_GAP = /^[ \t\u00a0\u3000（(【[〔]{0,3}$/u;

/** Whether `carried` (a 转载自 or 转自 credit) follows `carrier` on its line, saying whose the text it carries is. */
export function carries(text: string, carrier: SourceClaim, carried: SourceClaim): boolean {
  const { end } = carrier.line.span;
  return carried.form.includes('转') && carried.line.span.start >= end && CARRIER_GAP.test(text.slice(end, carried.line.span.start));
}

/** The carrier's credit and the 转载自 after it as one claim, quoted whole: 来源：国际在线（转载自新华社）. */
export function withCarried(text: string, carrier: SourceClaim, carried: SourceClaim): SourceClaim {
  const span = { start: carrier.line.span.start, end: carried.line.span.end };
  return { ...carrier, line: { value: carrier.line.value + text.slice(carrier.line.span.end, carried.line.span.start) + carried.line.value, span } };
}
