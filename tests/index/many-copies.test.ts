// A 通稿 the archive holds 61 times (more than match.maxPostings): a reprint of it and an excerpt
// share only common fingerprints with the archive, and are found through the rarest of them, from
// the corpus folder and from an index file alike (before, both were "no problems", exit 0).
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/common-phrase.js';
import { expectCopiesFound, manyCopiesSite } from '../helpers/many-copies.js';

const { run } = useSite('laiyuan-copies-', manyCopiesSite);

describe('a document whose shared text is all common still finds its sources', () => {
  it('the reprint and the three-sentence excerpt are found, from the corpus and from the index file', () => {
    const fromCorpus = run(['check', 'content', '--format', 'json']);
    expect(fromCorpus.stderr).toBe('');
    expect(fromCorpus.code).toBe(1);
    expectCopiesFound(fromCorpus.stdout);
    expect(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout).toBe(fromCorpus.stdout);
  });

  it('the candidates aligned were all copies, so the count of the others is a floor: "at least"', () => {
    // 40 candidates aligned at most, all of them copies here: 21 more the archive holds were never aligned
    const check = run(['check', 'content/reprint.txt', '--no-color']).stdout;
    expect(check).toContain('另见存档中至少 39 篇同文文章：');
    const match = run(['match', 'content/reprint.txt', '--no-color']).stdout;
    expect(match).toMatch(/also in at least 39 other archive articles: (t\d\d, )+… and \d+ more\n/u);
  });

  it('check --format json says so too, as match --format json does: source.alsoInPartial', () => {
    type Source = { alsoIn: unknown[]; alsoInPartial?: boolean };
    const sources = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ source: Source | null }> }).findings.map((f) => f.source);
    const check = sources(run(['check', 'content/reprint.txt', '--format', 'json']).stdout);
    // before: the 39 copies named, nothing saying that the archive holds more
    expect(check.map((s) => [s?.alsoIn.length, s?.alsoInPartial])).toEqual([[39, true], [39, true]]);
    const match = JSON.parse(run(['match', 'content/reprint.txt', '--format', 'json']).stdout) as Array<{ reuses: Array<{ source: Source }> }>;
    expect(match[0].reuses[0].source.alsoInPartial).toBe(true);
  });
});
