// What of a finding only some formats read (leanFinding drops it: the excerpt, the fix edits, each
// passage line by line), taken apart from the rest and put back: the --cache keeps it apart, so
// that a warm run whose formats never read it (JSON) does not decode it.
import type { Finding } from '../core/judge/types.js';
import type { PassageReport } from '../core/match/types.js';
import { leanFinding } from '../formats/lean.js';

export interface Evidence {
  fix?: Finding['fix'];
  excerpt?: Finding['excerpt'];
  /** Each passage's lines, in the order of the finding's passages (undefined where it had none). */
  lines?: Array<PassageReport['lines']>;
}

/** The finding as leanFinding leaves it, and what that drops (null: nothing). */
export function splitEvidence(finding: Finding): [Finding, Evidence | null] {
  const lines = finding.reuse?.passages.map((p) => p.lines);
  const evidence: Evidence = {
    ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
    ...(finding.excerpt !== undefined ? { excerpt: finding.excerpt } : {}),
    ...(lines?.some((l) => l !== undefined) ? { lines } : {}),
  };
  return [leanFinding(finding), Object.keys(evidence).length > 0 ? evidence : null];
}

/**
 * The finding whole again: the keys splitEvidence took put back where the check made them (fix,
 * then the excerpt, after every other key; a passage's lines after its other keys).
 */
export function withEvidence(finding: Finding, evidence: Evidence | null): Finding {
  if (evidence === null) return finding;
  const { lines } = evidence;
  const reuse = finding.reuse && lines ? { ...finding.reuse, passages: finding.reuse.passages.map((p, i) => (lines[i] === undefined ? p : { ...p, lines: lines[i] })) } : finding.reuse;
  return {
    ...finding,
    reuse,
    ...(evidence.fix !== undefined ? { fix: evidence.fix } : {}),
    ...(evidence.excerpt !== undefined ? { excerpt: evidence.excerpt } : {}),
  };
}
