// A story the archive holds more times than the boilerplate bar (a 通稿 in 14 copies among 275
// articles, default match.boilerplateShare 0.05) has every line masked as boilerplate: a reprint
// of it is not found. The findings stay as they were (none for the reprint), but the user is told,
// on standard error and in one line, whatever the output format: at `index build` and when check
// or match index a corpus folder (before, nothing at all). Raising the share finds the reprint and
// the note is gone.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/common-phrase.js';
import { expectNote, syndicatedConfig, syndicatedSite } from '../helpers/syndicated.js';
import { laiyuan } from '../e2e/cli.js';

const { run, dir } = useSite('laiyuan-hidden-', syndicatedSite);

interface Report {
  findings: Array<{ file: string; ruleId: string }>;
}

describe('an archive story in as many copies as the boilerplate bar is said to be unfindable', () => {
  it('index build says so on standard error; its summary line is as it was', () => {
    const built = run(['index', 'build', '-o', 'again.lyx']);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^indexed 275 articles from 15 files into again\.lyx: /u);
    expectNote(built.stderr, ', then build the index again');
  });

  it('check over the corpus folder: no finding for the reprint (as before), the note on standard error in every format', () => {
    for (const format of ['json', 'sarif', 'github', 'pretty']) {
      const checked = run(['check', 'content', '--format', format]);
      expectNote(checked.stderr);
      if (format === 'json') expect((JSON.parse(checked.stdout) as Report).findings.filter((f) => f.file.endsWith('reprint.txt'))).toEqual([]);
      if (format === 'sarif') expect(() => JSON.parse(checked.stdout) as unknown).not.toThrow();
      expect(checked.stdout).not.toContain('boilerplate');
    }
  });

  it('a run the cache answers whole, reading no corpus, says so as the run that read it', () => {
    const args = ['check', 'content', '--format', 'json', '--cache', '--cache-location', '.cache-hidden'];
    const cold = run(args);
    const warm = run(args);
    expect(warm.stdout).toBe(cold.stdout);
    expectNote(cold.stderr);
    expectNote(warm.stderr);
  });

  it('match over the corpus folder says so too; with the index file there is nothing to count', () => {
    const matched = run(['match', 'content/reprint.txt', '--format', 'json']);
    expectNote(matched.stderr);
    expect(JSON.parse(matched.stdout)).toEqual([expect.objectContaining({ reuses: [] })]);
    expect(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stderr).toBe('');
  });

  it('with boilerplateShare raised past the copies, the reprint is found and nothing is said', () => {
    const site = dir();
    const config = path.join(site, 'raised.yaml');
    writeFileSync(config, syndicatedConfig(0.06));
    const checked = laiyuan(['check', 'content', '--format', 'json', '-c', config], { cwd: site });
    expect(checked.stderr).toBe('');
    const rules = (JSON.parse(checked.stdout) as Report).findings.filter((f) => f.file.endsWith('reprint.txt')).map((f) => f.ruleId);
    expect(rules).toContain('unauthorized-reuse');
    const built = laiyuan(['index', 'build', '-o', 'raised.lyx', '-c', config], { cwd: site });
    expect([built.code, built.stderr]).toEqual([0, '']);
  });
});
