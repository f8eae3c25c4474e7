// A credit line that came with the reused text: the article prints it itself (（来源：长春国际陆港）
// under a photo it took from elsewhere), so a copy credits what the article credits, not its own
// source wrongly. Compared as matching compares text (normalize: width, punctuation and spaces
// dropped, traditional as simplified), not byte for byte: a faithful copy may change a colon's
// width, the brackets or the script.
import type { SourceClaim } from '../metadata/types.js';
import { normalize } from '../normalize/index.js';
import { inField } from './attribution.js';

/** The reused articles' credit lines normalised, made once a document (every subject asks). */
const normalised = new WeakMap<readonly SourceClaim[], ReadonlySet<string>>();
/** A copy's credit line normalised, made once a claim (asked once a subject). */
const claimLines = new WeakMap<SourceClaim, string>();

function linesOf(credits: readonly SourceClaim[]): ReadonlySet<string> {
  let lines = normalised.get(credits);
  if (!lines) {
    lines = new Set(credits.filter((c) => !inField(c)).map((c) => normalize(c.line.value).text));
    normalised.set(credits, lines);
  }
  return lines;
}

function lineOf(claim: SourceClaim): string {
  let line = claimLines.get(claim);
  if (line === undefined) claimLines.set(claim, (line = normalize(claim.line.value).text));
  return line;
}

/**
 * Whether a credit line of the copy is one a reused article prints (`reusedCredits`): the same line
 * as normalised, or one that starts with it, where the copy's paragraphs were joined and the credit
 * runs into the words after it (来源: 央视新闻客户端举报5772 for the article's 来源: 央视新闻客户端).
 * A credit in a field (front matter, <meta>) is the copy's own. Each of the line's starts is looked
 * up, so the cost is the line's, however many credits the articles print. The articles' credits
 * are read only when a claim names neither the origin nor another part's (asked last, by wrong-source).
 */
export function copiedWithText(reusedCredits: () => readonly SourceClaim[]): (claim: SourceClaim) => boolean {
  let lines: ReadonlySet<string> | undefined;
  return (claim) => {
    if (inField(claim)) return false;
    lines ??= linesOf(reusedCredits());
    if (lines.size === 0) return false;
    const line = lineOf(claim);
    for (let end = line.length; end > 0; end--) if (lines.has(line.slice(0, end))) return true;
    return false;
  };
}
