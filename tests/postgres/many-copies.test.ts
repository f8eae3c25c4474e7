// A 通稿 the archive holds 61 times, against an index on a PostgreSQL server: the second lookup of
// the common fingerprints finds the reprint and the excerpt, byte for byte as the index file does.
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/common-phrase.js';
import { expectCopiesFound, manyCopiesSite } from '../helpers/many-copies.js';
import { freshSchema } from './schema.js';

const { run } = useSite('laiyuan-pg-copies-', manyCopiesSite);

describe('a document whose shared text is all common, on a server', { timeout: 120000 }, () => {
  it('finds the reprint and the excerpt, as the index file does', () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const fromServer = run(['check', 'content', '--format', 'json', '--index', s.url, '--concurrency', '2']);
    expect(fromServer.stderr).toBe('');
    expect(fromServer.stdout).toBe(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout);
    expectCopiesFound(fromServer.stdout);
  });
});
