// Index format version 4 stores a page's raw text as what sets it apart from its text; an index
// laiyuan wrote in version 3 (the raw text deflated whole) is still read, gives what a version 4
// index gives, and is rebuilt, not updated.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { formatThreeIndex, forgetFormatThree, siteWithPages } from '../helpers/older-index.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeAll(async () => {
  site = siteWithPages('laiyuan-format-three-');
  // one of the corpus's HTML pages reprinted whole on the site: its finding shows the page's lines
  copyFileSync(path.join(ROOT, 'fixtures/reuse/r07-xialiang-cri-credit.html'), path.join(site, 'content/news/xialiang-copy.html'));
  await formatThreeIndex(site, path.join(site, 'v3.lyx'));
  forgetFormatThree();
  const four = laiyuan(['index', 'build', 'corpus', '-o', 'v4.lyx'], { cwd: site });
  expect(four.code, four.stderr).toBe(0);
}, 120000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

const stats = (file: string) => JSON.parse(laiyuan(['index', 'stats', file, '--format', 'json'], { cwd: site }).stdout) as { formatVersion: number; bytes: number };

describe('an index of format version 3', { timeout: 120000 }, () => {
  it('is read as it was written: check and match say what a version 4 index of the same corpus says', () => {
    expect(stats('v3.lyx').formatVersion).toBe(3);
    expect(stats('v4.lyx').formatVersion).toBe(4);
    const runs = ['v3.lyx', 'v4.lyx'].map((index) => ({
      check: laiyuan(['check', 'content', '--index', index, '--format', 'json'], { cwd: site }),
      match: laiyuan(['match', 'content/news/xialiang-copy.html', '--index', index], { cwd: site }),
    }));
    const [three, four] = runs;
    expect(three.check.code, three.check.stderr).toBe(1);
    const findings = JSON.parse(four.check.stdout).findings as Array<{ file: string; source?: { file?: string }; reuse?: { passages: Array<{ sourceLine: number; sourceEndLine: number }> } }>;
    // the reprinted page's finding names the archive page's lines: read from its raw text
    const pages = findings.filter((f) => f.file.endsWith('xialiang-copy.html') && f.source?.file?.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const passage = pages[0].reuse?.passages[0];
    expect(passage?.sourceLine).toBeGreaterThan(1);
    expect(passage?.sourceEndLine).toBeGreaterThan(passage?.sourceLine ?? 0);
    expect(three.check.stdout.replaceAll('v3.lyx', 'v4.lyx')).toBe(four.check.stdout);
    expect(three.match.code).toBe(four.match.code);
    expect(three.match.stdout.replaceAll('v3.lyx', 'v4.lyx')).toBe(four.match.stdout);
  });

  it('is smaller written again in version 4: its pages\' raw texts take a fraction of the bytes', () => {
    expect(stats('v4.lyx').bytes).toBeLessThan(stats('v3.lyx').bytes);
  });

  it('is not updated but refused in one line naming the rebuild, exit 2, the file as it was; a rebuild writes version 4', () => {
    const before = readFileSync(path.join(site, 'v3.lyx'));
    const update = laiyuan(['index', 'update', 'v3.lyx', 'corpus'], { cwd: site });
    expect(update.code).toBe(2);
    expect(update.stderr).toBe("laiyuan: the index v3.lyx has format version 3, which this laiyuan reads but does not update (it writes version 4): rebuild it once with 'laiyuan index build corpus -o v3.lyx'\n");
    expect(readFileSync(path.join(site, 'v3.lyx')).equals(before)).toBe(true);
    const rebuilt = laiyuan(['index', 'build', 'corpus', '-o', 'v3.lyx'], { cwd: site });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(stats('v3.lyx').formatVersion).toBe(4);
    expect(laiyuan(['index', 'update', 'v3.lyx', 'corpus'], { cwd: site }).code).toBe(0);
  });
});
