// An archive holding one 通稿 in six near-identical versions, against an index on a PostgreSQL
// server: one finding per rule against the version published first, naming the others, byte for
// byte as the index file reports it (tests/e2e/near-copies.test.ts reads that report).
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useSite } from '../helpers/common-phrase.js';
import { nearCopiesSite, VERSIONS } from '../helpers/near-copies.js';
import { freshSchema } from './schema.js';

const { run } = useSite('laiyuan-pg-near-copies-', nearCopiesSite);

describe('near-identical versions of one text, on a server', { timeout: 120000 }, () => {
  it('one finding per rule, naming the other versions, as the index file does', () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const fromServer = run(['check', 'content', '--format', 'json', '--index', s.url]);
    expect(fromServer.stderr).toBe('');
    expect(fromServer.stdout).toBe(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout);
    const edited = (JSON.parse(fromServer.stdout) as CheckResults).findings.filter((f) => f.file.endsWith('edited.txt'));
    expect(edited.map((f) => [f.ruleId, f.source?.articleId, f.source?.alsoIn?.length])).toEqual([
      ['wrong-source', 'cri-jingtang-v1', VERSIONS - 1],
      ['unauthorized-reuse', 'cri-jingtang-v1', VERSIONS - 1],
    ]);
  });
});
