// match.maxPostings against an index on a PostgreSQL server: each lookup reads a fingerprint's
// rows only up to one past the bar, and the findings are byte for byte the index file's, capped
// (the 通稿 paragraph finds nothing, the reprint and the excerpt their article) and not.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { commonPhraseSite, expectCommonPhraseFindings, sourcesByFile } from '../helpers/common-phrase.js';
import { freshSchema } from './schema.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });

beforeAll(() => {
  site = commonPhraseSite('laiyuan-pg-common-');
  expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('a fingerprint at more than match.maxPostings places, on a server', { timeout: 120000 }, () => {
  it('finds no candidate, as with the index file; past the bar, both find the same', () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    writeFileSync(path.join(site, 'uncapped.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  maxPostings: 6\n  boilerplateShare: 0.9\n');
    for (const config of [[], ['--config', 'uncapped.yaml']]) {
      const fromServer = run(['check', 'content', '--format', 'json', '--index', s.url, '--concurrency', '2', ...config]);
      expect(fromServer.stderr).toBe('');
      expect(fromServer.stdout).toBe(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx', ...config]).stdout);
      if (config.length === 0) expectCommonPhraseFindings(fromServer.stdout);
      else expect(sourcesByFile(fromServer.stdout)['figures.txt']).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    }
  });
});
