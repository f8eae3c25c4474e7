// match.maxPostings against an index on a PostgreSQL server: each lookup reads a fingerprint's
// rows only up to one past the bar, and the findings are byte for byte the index file's, capped
// (the 通稿 paragraph finds nothing, the reprint and the excerpt their article) and not.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCommonPhraseFindings, siteConfig, sourcesByFile, useCommonPhraseSite } from '../helpers/common-phrase.js';
import { freshSchema } from './schema.js';

const { run, dir } = useCommonPhraseSite('laiyuan-pg-common-');

describe('a fingerprint at more than match.maxPostings places, on a server', { timeout: 120000 }, () => {
  it('finds no candidate, as with the index file; past the bar, both find the same', () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    writeFileSync(path.join(dir(), 'uncapped.yaml'), siteConfig(6));
    for (const config of [[], ['--config', 'uncapped.yaml']]) {
      const fromServer = run(['check', 'content', '--format', 'json', '--index', s.url, '--concurrency', '2', ...config]);
      expect(fromServer.stderr).toBe('');
      expect(fromServer.stdout).toBe(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx', ...config]).stdout);
      if (config.length === 0) expectCommonPhraseFindings(fromServer.stdout);
      else expect(sourcesByFile(fromServer.stdout)['figures.txt']).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    }
  });
});
