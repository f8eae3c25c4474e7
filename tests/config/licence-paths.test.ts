// A licence's `paths` glob that matches no file (a typo, a folder renamed) covers nothing: every
// reuse under the real folder is then unauthorized-reuse with no word about why. The run says so in
// one warning line naming the config's line, as ESLint says "No files matching the pattern", and
// leaves the exit code to the findings: a run otherwise clean still exits 0.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-licence-paths-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

/** The demo config, its licence's paths written as given (line 16). */
function licencePaths(paths: string): void {
  const config = readFileSync(path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), 'utf8');
  writeFileSync(path.join(site, 'laiyuan.yaml'), config.replace("paths: ['content/licensed/**']", `paths: ${paths}`));
}

const run = (args: string[]) => laiyuan(['check', ...args], { cwd: site });
const WARNING = "laiyuan: warning: laiyuan.yaml:16: no files matching the pattern 'content/licenced/**' (licence 1, cri to 示例新闻网): correct the glob (relative to the config's folder, as a licence's paths are) or remove it (licences[0].paths[1])\n";

describe('a licence glob that matches no file', () => {
  it('beside one that does: one warning line naming the config and its line; a clean run still exits 0', () => {
    licencePaths("['content/licensed/**', 'content/licenced/**']");
    const r = run(['content/licensed/2024-03-zaolin-zhongcao.html']);
    expect([r.code, r.stderr]).toEqual([0, WARNING]);
    expect(r.stdout).toContain('no problems');
  });

  it('alone: the licence covers nothing, its reprints are unauthorized, and the line says why; exit 1 for the findings', () => {
    licencePaths("['content/licenced/**']");
    const r = run(['content', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(WARNING.replace('paths[1]', 'paths[0]'));
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
    expect(findings.some((f) => f.ruleId === 'unauthorized-reuse' && f.file.startsWith('content/licensed/'))).toBe(true);
  });

  it('says nothing of a glob that matches files on disk the run does not check, nor of the demo as it is', () => {
    licencePaths("['content/licensed/**', 'content/news/2024-*.md']");
    const some = run(['content/licensed/2024-03-zaolin-zhongcao.html']);
    expect([some.code, some.stderr]).toEqual([0, '']);
    licencePaths("['content/licensed/**']");
    expect(run(['content']).stderr).toBe('');
  });

  it('says nothing of a path naming one file that is there, when the run checks another (a pre-commit run)', () => {
    licencePaths("['content/licensed/**', 'content/news/2024-09-changchun-dianying-jie.md', './content/news/2024-09-changchun-dianying-jie.md']");
    const one = run(['content/licensed/2024-03-zaolin-zhongcao.html']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    licencePaths("['content/licensed/**', 'content/news/2024-09-changchun-dianying-jei.md']");
    expect(run(['content/licensed/2024-03-zaolin-zhongcao.html']).stderr).toContain("no files matching the pattern 'content/news/2024-09-changchun-dianying-jei.md'");
  });
});

describe('a licence path naming a folder', () => {
  it('covers the files under it as content/licensed/** does, with no warning', () => {
    licencePaths("['content/licensed/**']");
    const globbed = run(['content', '--format', 'json']);
    for (const folder of ["['content/licensed']", "['content/licensed/']"]) {
      licencePaths(folder);
      const r = run(['content', '--format', 'json']);
      expect([r.code, r.stderr]).toEqual([globbed.code, '']);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(globbed.stdout));
    }
  });

  it('does not cover a sibling folder whose name starts the same', () => {
    licencePaths("['content/licen']");
    const r = run(['content/licensed/2024-03-zaolin-zhongcao.html', '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings;
    expect(findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
  });
});
