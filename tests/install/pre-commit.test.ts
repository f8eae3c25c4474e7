// The pre-commit hook as users get it: real pre-commit (Debian's package; .ci/run installs it)
// installs the hook from this clone (`pre-commit try-repo`: npm install, npm pack, whose name it
// reads from stdout) and runs it on the staged Markdown, HTML, text and JSON Lines files of a
// content repository. In CI a missing pre-commit fails the test; elsewhere it is skipped.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/corpus.js';
import { committedWorkingTree, run, runAsync } from '../helpers/package.js';

const DEMO = path.join(ROOT, 'fixtures/demo');
const HAVE_PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const IN_CI = Boolean(process.env.CI);
if (!HAVE_PRE_COMMIT && !IN_CI) process.stderr.write('\n*** pre-commit is not installed: the pre-commit hook test is SKIPPED (apt-get install pre-commit; CI fails without it) ***\n\n');

const work = mkdtempSync(path.join(tmpdir(), 'laiyuan-pre-commit-'));
const ENV = { PRE_COMMIT_HOME: path.join(work, 'store'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', CI: '' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VIOLATING = ['content/news/2022-03-jilin-zhenxing-xindongneng.html', 'content/news/2023-09-dongmeng-bolanhui.md', 'content/news/2024-01-jiancha-jianyan-huren.txt'];
const CLEAN = 'content/news/2023-07-xialiang-shougou.txt';

/** A git repository with the demo's config and corpus committed, and `staged` added to the index. */
function repository(name: string, staged: Record<string, string>, untracked: Record<string, string> = {}): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  const git = (...args: string[]) => expect(run('git', args, dir).status, args.join(' ')).toBe(0);
  git('init', '-q');
  git('config', 'user.email', 'editor@example.cn');
  git('config', 'user.name', 'editor');
  cpSync(path.join(DEMO, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(DEMO, 'laiyuan.yaml'), path.join(dir, 'laiyuan.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'corpus and config');
  for (const [file, text] of Object.entries({ ...staged, ...untracked })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git('add', ...Object.keys(staged));
  return dir;
}

const demo = (file: string) => readFileSync(path.join(DEMO, file), 'utf8');

/** `pre-commit try-repo` on a clean commit of this clone's working tree (uncommitted changes included). */
async function tryRepo(dir: string) {
  const hookRepo = await committedWorkingTree(path.join(work, 'laiyuan'));
  return runAsync('pre-commit', ['try-repo', hookRepo, 'laiyuan', '--verbose'], dir, ENV);
}

/** The files pretty output reports: its unindented lines that name a content file. */
function reported(output: string): string[] {
  return output.split('\n').filter((l) => /^content\/\S+$/u.test(l)).sort();
}

describe.skipIf(!HAVE_PRE_COMMIT && !IN_CI)('pre-commit try-repo <clone> laiyuan', () => {
  it('is installed (CI must have pre-commit)', () => {
    expect(HAVE_PRE_COMMIT, 'pre-commit is not on PATH: .ci/run installs it with apt-get (Debian package pre-commit)').toBe(true);
  });

  it('installs the hook and fails the commit on the staged Markdown, HTML, text and JSON Lines articles that break the notice', async () => {
    const feed = [JSON.stringify({ id: 'jc-0112', title: '检查检验结果互认', text: demo(VIOLATING[2]) }), JSON.stringify({ id: 'xl-0718', text: demo(CLEAN) })].join('\n');
    const staged = { ...Object.fromEntries(VIOLATING.map((f) => [f, demo(f)])), [CLEAN]: demo(CLEAN), 'content/feed.jsonl': `${feed}\n`, 'content/稿件说明.docx': 'PK' };
    // an article in the working tree that is not staged is not the commit's business
    const dir = repository('site', staged, { 'content/news/2024-08-beijing-gongyuan-yeye.md': demo('content/news/2024-08-beijing-gongyuan-yeye.md') });
    const result = await tryRepo(dir);
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/seems to be corrupted|ENOENT/u);
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/laiyuan \(来源 attribution and reuse\)\.+Failed/u);
    expect(output).toMatch(/exit code: 1/u);
    expect(reported(output)).toEqual([...VIOLATING, 'content/feed.jsonl'].sort());
  }, 600_000);
});

/**
 * Each try-repo installs the hook afresh (its store is a temporary folder): the passing cases run
 * the hook as pre-commit does, its `entry` on the staged files its `files` pattern selects, with
 * the built CLI.
 */
describe('the hook definition on commits that pass', () => {
  const hook = (parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string }[])[0];
  const pattern = new RegExp(hook.files, 'u');

  function runHook(dir: string) {
    const staged = run('git', ['diff', '--cached', '--name-only', '-z'], dir).stdout.split('\0').filter((f) => pattern.test(f));
    const [command, ...args] = hook.entry.split(' ');
    expect(command).toBe('laiyuan');
    return run(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), ...args, ...staged], dir);
  }

  it('selects Markdown, HTML, text and JSON Lines files, and nothing else', () => {
    for (const f of ['a.md', 'a.markdown', 'a.html', 'a.htm', 'a.txt', 'a.jsonl', 'a.ndjson']) expect(pattern.test(`content/${f}`), f).toBe(true);
    for (const f of ['a.docx', 'a.json', 'a.yaml', 'a.png']) expect(pattern.test(`content/${f}`), f).toBe(false);
  });

  it('passes a commit whose staged articles are clean', () => {
    const result = runHook(repository('clean', { [CLEAN]: demo(CLEAN) }));
    expect(result.status, result.stderr).toBe(0);
  });

  it('passes a commit whose only staged article is ignored (or part of the corpus): nothing to check', () => {
    const result = runHook(repository('ignored', { '.laiyuanignore': 'drafts/\n', 'drafts/稿.md': demo(VIOLATING[1]), 'corpus/new.txt': demo(CLEAN) }));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('drafts/稿.md is ignored');
  });

  it('fails a commit with a staged article that breaks the notice', () => {
    const result = runHook(repository('failing', { [VIOLATING[0]]: demo(VIOLATING[0]) }));
    expect(result.status).toBe(1);
  });
});
