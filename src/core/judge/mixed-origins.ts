import type { Finding } from './types.js';
import { mapped } from '../shared/mapped.js';

/**
 * One document's findings, the fix that adds a 来源 line taken off those of a document that reuses
 * articles of more than one origin: the line added for one would credit the others' text to it
 * too (the next run reports them as wrong-source), so how to credit a compilation is left to its
 * editor. The finding stays, with its remedy.
 */
export function withoutMixedSourceFixes(findings: Finding[]): Finding[] {
  const origins = new Set(findings.flatMap((f) => (f.source ? [f.source.origin] : [])));
  if (origins.size < 2) return findings;
  return mapped(findings, (f) => (addsSource(f) && f.fix ? { ...f, fix: undefined } : f));
}

/** Whether the finding's fix adds the 来源 line of a document that names no source. */
function addsSource(f: Finding): boolean {
  return f.attribution.claimed === null && f.attribution.expected !== null;
}
