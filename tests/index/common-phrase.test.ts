// match.maxPostings on realistic text, from the corpus folder and from an index file: a 通稿
// paragraph six archive articles carry makes none of them a candidate, while a reprint and an
// excerpt of two of them are still found, with the passages and coverage of an uncapped match.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCommonPhraseFindings, reuseOf, siteConfig, sourcesByFile, useCommonPhraseSite } from '../helpers/common-phrase.js';

const { run, dir } = useCommonPhraseSite('laiyuan-common-');

describe('a fingerprint at more than match.maxPostings places finds no candidate', () => {
  it('beside rare fingerprints the shared figures find nothing: the reprint and the excerpt find their article alone, from the corpus and from the index file', () => {
    const fromCorpus = run(['check', 'content', '--format', 'json']);
    expect(fromCorpus.stderr).toBe('');
    expectCommonPhraseFindings(fromCorpus.stdout);
    expect(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout).toBe(fromCorpus.stdout);
  });

  it('past six places, the figures make every article carrying them a source of a page taking only them; the reprint and the excerpt align as when capped', () => {
    writeFileSync(path.join(dir(), 'uncapped.yaml'), siteConfig(6));
    const capped = run(['check', 'content', '--format', 'json']).stdout;
    for (const index of [[], ['--index', 'archive.lyx']]) {
      const uncapped = run(['check', 'content', '--format', 'json', '--config', 'uncapped.yaml', ...index]).stdout;
      const sources = sourcesByFile(uncapped);
      expect(sources['figures.txt']).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
      // the figures excerpt.txt takes beside article 5's news lie inside its excerpt of article 5: no reuse of the others (nested-reuse.ts)
      expect(sources['excerpt.txt']).toEqual(['a5']);
      // the common paragraph's own postings still seed the alignment of the article found
      expect(reuseOf(uncapped, 'reprint.txt', 'a3')).toEqual(reuseOf(capped, 'reprint.txt', 'a3'));
      expect(reuseOf(uncapped, 'excerpt.txt', 'a5')).toEqual(reuseOf(capped, 'excerpt.txt', 'a5'));
    }
  });
});
