// The credit lines the articles a document reuses print themselves (their own 来源 lines, a photo's
// （来源：…）): a copy carries them with the text, so the rules tell them from the copy's own credits.
// The three readings the rules ask for (RuleContext), each read at the first asking: most copies
// credit their origin and never ask.
import type { Document } from '../read/types.js';
import type { SourceClaim } from '../metadata/types.js';
import type { RuleContext, Subject } from './rule.js';
import { extractMetadata } from '../metadata/index.js';
import { bodyStart } from '../metadata/body.js';
import { lazy, oncePer } from '../shared/once-per.js';

export type PrintedCredits = Pick<RuleContext, 'reusedCredits' | 'articleCredits' | 'bodyCredits'>;

/**
 * A subject's readings among a document's `subjects`: what every subject's article prints
 * (reusedCredits, one list for them all: a compilation carries each part's), what this subject's
 * article prints (articleCredits), and what it prints in its body, past its head (bodyCredits).
 */
export function printedCredits(subjects: readonly Subject[]): (subject: Subject) => PrintedCredits {
  const reusedCredits = lazy(() => subjects.flatMap(printedBy));
  return (subject) => ({
    reusedCredits,
    articleCredits: () => printedBy(subject),
    bodyCredits: () => (subject.reuse ? creditsInBody(subject.reuse.article.doc) : []),
  });
}

/** The credit lines the subject's article prints: extractMetadata keeps each document's metadata, the same list at every asking. */
function printedBy(subject: Subject): readonly SourceClaim[] {
  return subject.reuse ? extractMetadata(subject.reuse.article.doc).sources : [];
}

/** The credit lines an article prints in its body, past its head (see RuleContext.bodyCredits), read once an article. */
const creditsInBody = oncePer((doc: Document): readonly SourceClaim[] => {
  const metadata = extractMetadata(doc);
  const start = bodyStart(doc, metadata) ?? 0;
  return metadata.sources.filter((c) => c.line.span.start >= start);
});
