import { readRegularFile } from './safe-read.js';
import path from 'node:path';
import type { CheckResults } from '../core/judge/types.js';
import type { ReportFacts } from '../formats/options.js';
import { sha256 } from './sha256.js';

/**
 * What the evidence reports state besides the findings: when the check ran, and the SHA-256 of each
 * checked document and each source article they name, read again from disk as the report is
 * written. A file that can no longer be read (standard input, a corpus known only through an
 * index) gets no fingerprint.
 */
export async function reportFacts(results: CheckResults, cwd: string, checkedAt: Date): Promise<ReportFacts> {
  const files = new Set<string>();
  for (const f of results.findings) {
    files.add(f.file);
    if (f.source) files.add(f.source.file);
  }
  const hashes: Record<string, string> = {};
  for (const file of files) {
    if (file === '<stdin>' || file === '-') continue;
    try {
      hashes[file] = sha256(await readRegularFile(path.resolve(cwd, file)));
    } catch {
      // unreadable now: reported without a fingerprint
    }
  }
  return { checkedAt: checkedAt.toISOString(), sha256: hashes };
}
