// An archive of 快讯 (one paragraph each, the first two of every test corpus article but cri-01)
// beside cri-01 whole, and a report (fixtures/few-shared/f04-…) whose 相关阅读 list teases 30 of
// the 快讯 by their first characters: each shares a few fingerprints with it, out of a few dozen,
// and ranks above cri-01, whose three edited clauses share 5 of its hundreds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.js';
import { briefPage, writtenSite } from './many-briefs.js';

export const REPORT = 'f04-banlie-clauses-related-list.txt';
export const SOURCE = 'cri-01-zhongou-banlie-changchun.txt';

/** The first two body paragraphs of every test corpus article but cri-01 (原标题 lines left out). */
export function briefs(): string[] {
  const dir = path.join(ROOT, 'fixtures/corpus/cri');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && name !== SOURCE)
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('  ') && !line.includes('原标题'))
        .map((line) => line.trim())
        .filter((line) => line.length >= 60)
        .slice(0, 2),
    );
}

/** The site's files: laiyuan.yaml, corpus/ (cri-01 and k01.txt … one 快讯 each), content/ (the report). */
export function teaserBriefsFiles(): Record<string, string> {
  const files: Record<string, string> = { 'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n' };
  files[`corpus/${SOURCE}`] = readFileSync(path.join(ROOT, 'fixtures/corpus/cri', SOURCE), 'utf8');
  briefs().forEach((text, i) => {
    files[`corpus/k${String(i + 1).padStart(2, '0')}.txt`] = briefPage(text, `2023-12-${String((i % 28) + 1).padStart(2, '0')}`);
  });
  files[`content/${REPORT}`] = readFileSync(path.join(ROOT, 'fixtures/few-shared', REPORT), 'utf8');
  return files;
}

/** A folder in the system's temporary folder holding teaserBriefsFiles. */
export function teaserBriefsSite(prefix: string): string {
  return writtenSite(prefix, teaserBriefsFiles());
}
