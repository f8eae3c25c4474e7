// A page saved as one line of megabytes (a scraped page, a JSON-ish dump) reprinting many articles:
// what each finding asks of its document (its title, where a credit goes, columns, excerpts) is
// found once per document or from a bounded part of the line, never read from the whole line again
// for each finding. Counted, not timed: the characters of every string iterated or split.
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../rules/harness.js';
import { criCorpus } from '../helpers/corpus.js';
import { reprintDigest } from '../helpers/digest.js';
import { charactersRead } from '../helpers/characters-read.js';
import { clipTitle, TITLE_UNITS } from '../../src/core/judge/article-origin.js';
import { LineIndex } from '../../src/core/read/positions.js';

/** Every sentence of a day's news, run together: no 。 for a long way, then one. */
const line = reprintDigest(300_000, true);

describe('a headline line of a megabyte', () => {
  it('is clipped from its first TITLE_UNITS units alone, as its head would be', async () => {
    const huge = line.repeat(4);
    for (const text of [huge, `国际在线消息：${huge}`, `寒潮来袭！${huge}`, `${'𠮷'.repeat(60)}${huge}`]) {
      const { value, longest } = await charactersRead(() => clipTitle(text));
      expect(value).toBe(clipTitle(text.slice(0, TITLE_UNITS + 1)));
      expect(longest).toBeLessThanOrEqual(TITLE_UNITS);
    }
    expect(clipTitle(`寒潮来袭！${huge}`)).toBe('寒潮来袭！');
    expect(clipTitle(`${'𠮷'.repeat(60)}${huge}`)).toBe(`${'𠮷'.repeat(40)}…`);
  });
});

describe('a one-line digest of reprints', () => {
  beforeAll(async () => {
    await criCorpus();
  });

  it('has findings for many articles, and its check reads each character a few times, not once a finding', async () => {
    const { value: findings, read } = await charactersRead(() => check(line, { path: 'content/digest.txt' }));
    const articles = new Set(findings.map((f) => f.source?.articleId));
    expect(articles.size).toBeGreaterThan(10);
    // 30 findings: each read the line three times over (91 times its length) before the title was clipped from its head
    expect(read).toBeLessThan(4 * line.length);
    expect(findings.every((f) => f.line === 1 && f.document?.title === clipTitle(line))).toBe(true);
  });
});

describe('columns far along a line', () => {
  it('count code points, a character beyond the BMP one column, as counting them one by one does', () => {
    const text = `标题\n${'𠮷国际在线'.repeat(3000)}\uD842尾`;
    const index = new LineIndex(text);
    for (const offset of [3, 4, 5, 4100, 9003, 9004, 9005, 18003, 18004, text.length - 1, text.length]) {
      const column = [...text.slice(3, offset)].length + 1;
      expect(index.position(offset), String(offset)).toEqual({ line: 2, column });
    }
  });
});
