// git (2.35.2 and later) refuses a repository owned by another user, as a checkout mounted into a
// GitHub Actions container is: "detected dubious ownership". --changed-since then says so, naming
// the repository and the command that lets git read it, not that the files lie outside any
// repository. GIT_TEST_ASSUME_DIFFERENT_OWNER (git's own switch for its tests) makes git refuse as
// it refuses such a repository, whoever runs the test; with a git that does not know it, skipped.
import { appendFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initRepo, laiyuan, makeWorkspace, parseJson, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
let env: Record<string, string>;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/c-exact.txt': REPRINTS.exact } });
  initRepo(ws.dir);
  appendFileSync(ws.at('content/a-none.txt'), '\n（实习生 赵宁 参与采写）\n');
  // a global config of its own (no safe.directory in it), no system config that could trust every folder
  const global = path.join(ws.dir, '.gitconfig-global');
  writeFileSync(global, '');
  env = { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1', GIT_CONFIG_GLOBAL: global, GIT_CONFIG_NOSYSTEM: '1' };
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

function gitRefuses(): boolean {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, ...env, LC_ALL: 'C' } });
  return r.status !== 0 && r.stderr.includes('dubious ownership');
}

describe('check --changed-since in a repository git refuses as owned by another user', () => {
  it('stops with one line naming the repository and the safe.directory command, exit 2; the command run, the check goes on', (context) => {
    if (!gitRefuses()) context.skip();
    const root = realpathSync(ws.dir);
    const refused = laiyuan(ws.dir, ['check', 'content', '--changed-since', 'HEAD'], { env });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `laiyuan: --changed-since: git refuses the repository ${root} (of content/a-none.txt): it is owned by another user ("dubious ownership", as in a GitHub Actions container); ` +
        `if you trust it, run: git config --global --add safe.directory ${root}\n`,
    );
    const told = spawnSync('git', ['config', '--global', '--add', 'safe.directory', root], { env: { ...process.env, ...env } });
    expect(told.status).toBe(0);
    const run = laiyuan(ws.dir, ['check', 'content', '--changed-since', 'HEAD', '--format', 'json'], { env });
    expect(run.stderr).toBe('');
    expect(parseJson(run).summary.filesChecked).toBe(1);
  });
});
