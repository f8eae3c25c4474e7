// A document that states no date is dated by its file's last git commit (README: "else the file's
// last git commit date, else today"). When git refuses the repository ("dubious ownership": a
// checkout owned by another user, as one mounted into a GitHub Actions container is) or fails, it
// is dated today as before, but the run says so once, on standard error: a licence's window may
// hang on that date. GIT_TEST_ASSUME_DIFFERENT_OWNER (git's own switch for its tests) makes git
// refuse the repository whoever runs the test; with a git that does not know it, skipped.
import { spawnSync } from 'node:child_process';
import { realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepo, laiyuan, licenceUntil, makeWorkspace, parseJson, UNDATED_REPRINT, type Workspace } from './workspace.js';

// a reprint of corpus/cri-04 under a 来源 credit, with no date line: its date is the commit's
const UNDATED = UNDATED_REPRINT;

// committed on 2024-03-01 (workspace.ts): inside this licence's window; today is not
const LICENCE = licenceUntil('2024-12-31');

let ws: Workspace;
let env: Record<string, string>;

beforeAll(() => {
  ws = makeWorkspace();
  writeFileSync(ws.at('laiyuan.yaml'), `${ws.read('laiyuan.yaml').toString()}${LICENCE}`);
  ws.write('content/滑雪节.txt', UNDATED);
  ws.write('content/滑雪节-二.txt', UNDATED);
  initRepo(ws.dir);
  // a global config of its own (no safe.directory in it), no system config that could trust every folder
  const global = path.join(ws.dir, '.gitconfig-global');
  writeFileSync(global, '');
  env = { GIT_CONFIG_GLOBAL: global, GIT_CONFIG_NOSYSTEM: '1' };
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

const refusing = () => ({ ...env, GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' });

function gitRefuses(): boolean {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, ...refusing(), LC_ALL: 'C' } });
  return r.status !== 0 && r.stderr.includes('dubious ownership');
}

/** The out-of-scope messages of a run, by file. */
function outOfScope(run: ReturnType<typeof laiyuan>): string[] {
  return parseJson(run)
    .findings.filter((f) => f.ruleId === 'out-of-scope')
    .map((f) => `${f.file}: ${f.message}`);
}

describe('the date of an undated document, from its file\'s last commit', () => {
  it('is the commit\'s: inside the licence, nothing said', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json'], { env });
    expect(run.stderr).toBe('');
    expect(outOfScope(run)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('in a repository git refuses: today, with one warning naming the repository and the fix, exit codes as ever', (context) => {
    if (!gitRefuses()) context.skip();
    const root = realpathSync(ws.dir);
    const warning =
      `laiyuan: warning: git refuses the repository ${root}: it is owned by another user ("dubious ownership", as in a GitHub Actions container), ` +
      `so documents in it that state no date were dated today, not by their file's last commit; if you trust it, run: git config --global --add safe.directory ${root}\n`;
    // two files dated, a warning once; the same from results kept by --cache
    for (const args of [[], ['--cache'], ['--cache']]) {
      const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json', ...args], { env: refusing() });
      expect(run.stderr).toBe(warning);
      const found = outOfScope(run);
      expect(found).toHaveLength(2);
      for (const message of found) expect(message).toMatch(/不在授权有效期 2020-01-01 至 2024-12-31 内/u);
      expect(run.status).toBe(1);
    }
    // --date: git is not asked
    const dated = laiyuan(ws.dir, ['check', 'content', '--date', '2024-05-04', '--format', 'json'], { env: refusing() });
    expect(dated.stderr).toBe('');
    expect(dated.status).toBe(0);
    // the fix as told: dated by the commit again
    expect(spawnSync('git', ['config', '--global', '--add', 'safe.directory', root], { env: { ...process.env, ...env } }).status).toBe(0);
    const trusted = laiyuan(ws.dir, ['check', 'content', '--format', 'json'], { env: refusing() });
    expect(trusted.stderr).toBe('');
    expect(outOfScope(trusted)).toEqual([]);
  });
});

describe('the date of an undated document when git fails', () => {
  it('is today, with one warning naming a file, what git said and how many more', () => {
    const broken = makeWorkspace();
    try {
      writeFileSync(broken.at('laiyuan.yaml'), `${broken.read('laiyuan.yaml').toString()}${LICENCE}`);
      broken.write('content/滑雪节.txt', UNDATED);
      broken.write('content/滑雪节-二.txt', UNDATED);
      initRepo(broken.dir);
      // the commit object lost (a disk, a copy cut short): git log cannot read HEAD
      const commit = git(broken.dir, 'rev-parse', 'HEAD').trim();
      unlinkSync(broken.at(`.git/objects/${commit.slice(0, 2)}/${commit.slice(2)}`));
      const run = laiyuan(broken.dir, ['check', 'content', '--format', 'json'], { env });
      expect(run.stderr).toBe(
        'laiyuan: warning: git could not give the last commit date of content/滑雪节-二.txt (nor of 1 other file): bad object HEAD; documents that state no date were dated today (--date gives the date)\n',
      );
      expect(outOfScope(run)).toHaveLength(2);
      expect(run.status).toBe(1);
    } finally {
      rmSync(broken.dir, { recursive: true, force: true });
    }
  });
});
