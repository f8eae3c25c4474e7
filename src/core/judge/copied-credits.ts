// A credit line that came with the reused text: the article prints it itself (（来源：长春国际陆港）
// under a photo it took from elsewhere), so a copy credits what the article credits, not its own
// source wrongly. Compared as matching compares text (normalize: width, punctuation and spaces
// dropped, traditional as simplified), not byte for byte: a faithful copy may change a colon's
// width, the brackets or the script.
import type { SourceClaim } from '../metadata/types.js';
import { normalize } from '../normalize/index.js';
import { inField, namesOrigin } from './attribution.js';
import type { RuleContext } from './rule.js';
import { lazy, oncePer } from '../shared/once-per.js';

/** A list of credits' lines normalised (fields aside), made once a list: every subject and rule asks. */
const linesOf = oncePer((credits: readonly SourceClaim[]): ReadonlySet<string> => new Set(credits.filter((c) => !inField(c)).map((c) => normalize(c.line.value).text)));
/** A copy's credit line normalised, made once a claim (asked once a subject). */
const lineOf = oncePer((claim: SourceClaim): string => normalize(claim.line.value).text);

/**
 * Whether a credit line of the copy is one a reused article prints (`reusedCredits`): the same line
 * as normalised, or one that starts with it, where the copy's paragraphs were joined and the credit
 * runs into the words after it (来源: 央视新闻客户端举报5772 for the article's 来源: 央视新闻客户端).
 * A credit in a field (front matter, <meta>) is the copy's own. Each of the line's starts is looked
 * up, so the cost is the line's, however many credits the articles print. The articles' credits
 * are read only when a claim names neither the origin nor another part's (asked last, by wrong-source).
 */
export function copiedWithText(reusedCredits: () => readonly SourceClaim[]): (claim: SourceClaim) => boolean {
  const printed = lazy(() => linesOf(reusedCredits()));
  return (claim) => {
    if (inField(claim)) return false;
    const lines = printed();
    if (lines.size === 0) return false;
    const line = lineOf(claim);
    for (let end = line.length; end > 0; end--) if (lines.has(line.slice(0, end))) return true;
    return false;
  };
}

/**
 * The credits that are the copy's own: all of them where one names what the document reuses (the
 * origin or another part's); else those not carried with the article's text (see carriedWithText).
 * A verbatim copy keeping the article's foot line (……。”　文章来源：渤海早报) or a photo's credit,
 * and giving none of its own, names no source: missing-attribution, not a wrong credit.
 */
export function ownCredits(context: RuleContext, credits: readonly SourceClaim[]): readonly SourceClaim[] {
  if (credits.length === 0) return credits;
  const { subject, otherOrigins } = context;
  const origins = [subject.origin, ...otherOrigins];
  if (credits.some((c) => origins.some((o) => namesOrigin(c, o, subject.pack)))) return credits;
  const carried = carriedWithText(context);
  return credits.filter((c) => !carried(c));
}

/**
 * Whether a credit line of the copy is, as normalised, one the reused article prints in its body
 * (past its head, where its page credits its own source): the copy took it with the text. The
 * whole line, not a start of it: a copy's own 来源：新华社 over a reprint whose page says
 * 来源:新华社 in its head, or 来源：国际在线转自新华社, is the copy's.
 */
export function carriedWithText(context: Pick<RuleContext, 'bodyCredits'>): (claim: SourceClaim) => boolean {
  const lines = lazy(() => linesOf(context.bodyCredits()));
  return (claim) => !inField(claim) && lines().has(lineOf(claim));
}
