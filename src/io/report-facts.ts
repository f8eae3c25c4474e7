import type { CheckResults } from '../core/judge/types.js';
import type { IndexFacts, ReportFacts } from '../formats/options.js';

/**
 * What the evidence reports state besides the findings: when the check ran, and the SHA-256 of each
 * checked document and each source article they name, as hashed when their bytes were read for the
 * check (`hashes`, by path as findings give it), so that the fingerprint is of what was compared even
 * if the file changes before the report is written. A file whose bytes were not read in this run
 * (a source known only through an index) gets no fingerprint.
 */
export function reportFacts(results: CheckResults, hashes: ReadonlyMap<string, string>, checkedAt: Date, indexes: readonly IndexFacts[] = []): ReportFacts {
  const named: Record<string, string> = {};
  const add = (file: string) => {
    const hash = hashes.get(file);
    if (hash !== undefined) named[file] = hash;
  };
  for (const f of results.findings) {
    add(f.file);
    if (f.source) add(f.source.file);
  }
  return { checkedAt: checkedAt.toISOString(), sha256: named, ...(indexes.length > 0 ? { indexes } : {}) };
}

/** The hashes of the bytes read in a run: the corpus files', then each checked file's (standard input under the name its findings give it). */
export function readHashes(checks: readonly { file: string; sha256?: string; documents: readonly { path: string }[] }[], corpus: ReadonlyMap<string, string>): Map<string, string> {
  const hashes = new Map(corpus);
  for (const c of checks) {
    if (c.sha256 === undefined) continue;
    hashes.set(c.file, c.sha256);
    if (c.documents[0] && c.documents[0].path !== c.file) hashes.set(c.documents[0].path, c.sha256);
  }
  return hashes;
}
