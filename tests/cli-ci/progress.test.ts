import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine, progressWanted, startProgress } from '../../src/cli/progress.js';
import { CLI, makeWorkspace, REPRINTS, type Workspace } from './workspace.js';

describe('progressWanted', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('wants both stdout and stderr on a terminal', () => {
    expect(progressWanted(tty, tty, {})).toBe(true);
    expect(progressWanted(pipe, tty, {})).toBe(false);
    expect(progressWanted(tty, pipe, {})).toBe(false);
  });

  it('is off in CI and on a dumb terminal, but not for CI=false', () => {
    expect(progressWanted(tty, tty, { CI: 'true' })).toBe(false);
    expect(progressWanted(tty, tty, { GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(progressWanted(tty, tty, { GITLAB_CI: 'true' })).toBe(false);
    expect(progressWanted(tty, tty, { TERM: 'dumb' })).toBe(false);
    expect(progressWanted(tty, tty, { CI: 'false' })).toBe(true);
  });
});

describe('startProgress', () => {
  function fake() {
    let t = 0;
    const written: string[] = [];
    const stream = { isTTY: true, columns: 100, write: (s: string) => written.push(s) };
    return { stream, written, clock: () => t, at: (ms: number) => (t = ms) };
  }

  it('draws nothing for a run that ends within a second', () => {
    const f = fake();
    const p = startProgress(f.stream, true, f.clock);
    for (let done = 1; done <= 40; done++) {
      f.at(done * 20);
      p.update(done, 40);
    }
    p.end();
    expect(f.written).toEqual([]);
  });

  it('after a second, draws one updating line with files done, rate and ETA, at most every 100 ms, then clears it', () => {
    const f = fake();
    const p = startProgress(f.stream, true, f.clock);
    f.at(1200);
    p.update(3, 10);
    f.at(1250);
    p.update(4, 10);
    f.at(1400);
    p.update(5, 10);
    f.at(1420);
    p.update(10, 10);
    p.end();
    expect(f.written).toEqual([
      '\rlaiyuan: 3/10 files  2.5 files/s ETA 3s\x1b[K',
      '\rlaiyuan: 5/10 files  3.6 files/s ETA 2s\x1b[K',
      '\rlaiyuan: 10/10 files  7.0 files/s\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('writes nothing when not enabled', () => {
    const f = fake();
    const p = startProgress(f.stream, false, f.clock);
    f.at(5000);
    p.update(1, 2);
    p.end();
    expect(f.written).toEqual([]);
  });

  it('gives minutes for a long ETA and whole numbers for fast rates', () => {
    expect(progressLine(30, 5000, 2000)).toBe('laiyuan: 30/5000 files  15 files/s ETA 5m32s');
  });
});

// The built CLI on a pseudo-terminal (util-linux script). Standard input is held open for three
// seconds, so the run is certainly longer than the second after which the line appears.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;
const CI_NAMES = /^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|GITLAB_CI|TF_BUILD|JENKINS_URL|BUILDKITE|CIRCLECI|TRAVIS|TEAMCITY_VERSION)$/u;
const localEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !CI_NAMES.test(k))), TERM: 'xterm', NO_COLOR: '1' };

let ws: Workspace;
beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none, 'content/b.txt': REPRINTS.alias, 'content/c.html': REPRINTS.wrongHtml } });
});
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

function slowRun(redirect: string, env: NodeJS.ProcessEnv): string {
  const command = `sleep 3 | "${process.execPath}" "${CLI}" check - content --stdin-filename content/stdin.txt --format json --concurrency 1 ${redirect}`;
  return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ws.dir, env, encoding: 'utf8', timeout: 60000 }).stdout;
}

describe('the progress line of the built CLI', () => {
  it.skipIf(!hasScript)('appears on a terminal for a run longer than a second, and is cleared', () => {
    const out = slowRun('', localEnv);
    expect(out).toMatch(/\rlaiyuan: [1-3]\/4 files {2}[\d.]+ files\/s/u);
    expect(out).toContain('\r\x1b[K');
    expect(out).toContain('"findings"');
  });

  it.skipIf(!hasScript)('stays off when stdout is piped, even with stderr on a terminal', () => {
    const out = slowRun('> report.json', localEnv);
    expect(ws.read('report.json').toString('utf8')).toContain('"findings"');
    expect(out).not.toContain('files/s');
  });

  it.skipIf(!hasScript)('stays off in CI', () => {
    expect(slowRun('', { ...localEnv, CI: 'true' })).not.toContain('files/s');
  });

  it('stays off when both are piped', () => {
    const r = spawnSync('sh', ['-c', `sleep 2 | "${process.execPath}" "${CLI}" check - content --format json --concurrency 1`], { cwd: ws.dir, env: localEnv, encoding: 'utf8' });
    expect(r.stdout).toContain('"findings"');
    expect(r.stderr).not.toContain('files/s');
    expect(r.stderr).not.toContain('\r');
  });
});
