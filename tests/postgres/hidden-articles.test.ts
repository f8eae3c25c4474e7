// The server build shares the in-memory build's code: a 通稿 the archive holds 14 times among 275
// articles is said to be unfindable there too, in the same line (before, nothing). An update and
// a push do not count (what they keep does not tell), and say nothing.
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/common-phrase.js';
import { expectNote, syndicatedSite } from '../helpers/syndicated.js';
import { freshSchema } from './schema.js';

const { run } = useSite('laiyuan-pg-hidden-', syndicatedSite);

describe('an archive story in as many copies as the boilerplate bar, on a server', { timeout: 120000 }, () => {
  it('index build --index says so on standard error, as the file build does', () => {
    const s = freshSchema();
    const built = run(['index', 'build', '--index', s.url]);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^indexed 275 articles from 15 files into /u);
    expectNote(built.stderr, ', then build the index again');
    const pushed = run(['index', 'push', 'archive.lyx', '--to', freshSchema().url]);
    expect([pushed.code, pushed.stderr]).toEqual([0, '']);
  });
});
