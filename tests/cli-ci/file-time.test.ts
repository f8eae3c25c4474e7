// --max-file-time: a file that runs past its time budget is skipped with a note saying why and
// what to do, and the rest of the run goes on. The budget is kept by counted work (the matching
// loops spend units; the clock is read every UNITS_PER_READING of them), so these tests drive it
// with a clock that advances one millisecond a reading, or with a budget no real check can meet:
// no test here depends on how fast the machine is.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/io/check-files.js';
import type { CheckOptions } from '../../src/io/file-check.js';
import { fileDeadline, UNITS_PER_READING } from '../../src/io/file-deadline.js';
import { loadProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/core/judge/rule.js';
import { initRepo, laiyuan, makeWorkspace, parseJson, REPRINTS, ROOT, type Workspace } from './workspace.js';
import { reprintDigest } from '../helpers/digest.js';

let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none } });
  // about 1 MB of reprints one after another
  ws.write('content/digest.txt', reprintDigest(1_000_000));
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('a file over its time budget, counted by work', () => {
  /** A clock that moves one millisecond each time it is read, and how often it was read. */
  function tickingClock() {
    const clock = { readings: 0, now: () => clock.readings++ };
    return clock;
  }

  async function run(seconds: number) {
    const loaded = await loadProject({ cwd: ws.dir, rules: RULES });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const options: CheckOptions = { cwd: ws.dir, version: 'test', date: '2023-01-01' };
    const clocks: Array<ReturnType<typeof tickingClock>> = [];
    const checks = await checkFiles(['content/digest.txt', 'content/a-none.txt'], loaded.value.project, options, () => {
      const clock = tickingClock();
      clocks.push(clock);
      return fileDeadline(seconds, clock.now);
    });
    return { checks, readings: clocks.map((c) => c.readings) };
  }

  it('is skipped with the reason and what to do; the next file is still checked and the article never reads the clock', async () => {
    const { checks, readings } = await run(0.01);
    const [big, article] = checks;
    expect(big.skipped).toBe('took longer than 0.01 s: not checked, the run went on; raise --max-file-time, or split the file');
    expect(big.timedOut).toBe(true);
    expect(big.findings).toEqual([]);
    // the start, then 11 readings of 1 ms each: the 11th is past the 10 ms deadline
    expect(readings[0]).toBe(12);
    expect(readings[1]).toBe(1);
    expect(article.skipped).toBeUndefined();
    expect(article.findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
  });

  it('finishes with its findings when the budget is raised past the work it needs', async () => {
    const { checks, readings } = await run(1000);
    const [big, article] = checks;
    expect(big.skipped).toBeUndefined();
    expect(readings[0]).toBeGreaterThan(12);
    expect(readings[0]).toBeLessThan(1000);
    // the digest reprints pages of the corpus, with no licence
    expect(big.findings.some((f) => f.ruleId === 'unauthorized-reuse')).toBe(true);
    expect(article.findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
  });

  it('an article spends less than one reading of work', async () => {
    const loaded = await loadProject({ cwd: ws.dir, rules: RULES });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    let spent = 0;
    await checkFiles(['content/a-none.txt'], loaded.value.project, { cwd: ws.dir, version: 'test' }, () => ({ spend: (units) => void (spent += units) }));
    expect(spent).toBeGreaterThan(1000);
    expect(spent).toBeLessThan(UNITS_PER_READING);
  });
});

describe('a file whose judging runs past its time budget', () => {
  /**
   * The rules, the first of their checks taking an hour by a clock that moves only then: the
   * matching is done well within the budget, the judging and the reports of the findings are not.
   */
  function slowJudge(clock: { now: number }): Rule[] {
    let slow = true;
    return RULES.map((rule) => ({
      ...rule,
      check(context) {
        if (slow) clock.now += 3_600_000;
        slow = false;
        rule.check(context);
      },
    }));
  }

  it('is skipped with the note all runs past --max-file-time give; the next file is checked', async () => {
    const clock = { now: 0 };
    const loaded = await loadProject({ cwd: ws.dir, rules: slowJudge(clock) });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const options: CheckOptions = { cwd: ws.dir, version: 'test', date: '2023-01-01' };
    const [big, article] = await checkFiles(['content/digest.txt', 'content/a-none.txt'], loaded.value.project, options, () => fileDeadline(20, () => clock.now));
    expect(clock.now).toBe(3_600_000);
    expect(big.skipped).toBe('took longer than 20 s: not checked, the run went on; raise --max-file-time, or split the file');
    expect(big.skippedFor).toBe('too-slow');
    expect(big.findings).toEqual([]);
    expect(article.skipped).toBeUndefined();
    expect(article.findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
  });
});

describe('check --max-file-time', () => {
  it('a budget no digest can meet: the digest is a note, the article is checked, the exit code is the findings\'', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--max-file-time', '0.001']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('laiyuan: note: content/digest.txt: took longer than 0.001 s: not checked, the run went on; raise --max-file-time, or split the file');
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(1);
    expect(results.errors).toEqual([]);
    expect(new Set(results.findings.map((f) => f.file))).toEqual(new Set(['content/a-none.txt']));
  });

  it('0 turns the limit off; a value that is no number of seconds is one line, exit 2', () => {
    const off = laiyuan(ws.dir, ['check', 'content/a-none.txt', '--format', 'json', '--max-file-time', '0']);
    expect(parseJson(off).summary.filesChecked).toBe(1);
    const bad = laiyuan(ws.dir, ['check', 'content', '--max-file-time', '20s']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("laiyuan: --max-file-time takes seconds such as 20 or 0.5 (0: no limit), not '20s'");
  });
});

describe('a file waiting on git for its commit date', () => {
  /**
   * A year's 专题 page reprinting the 22 国际在线 articles of the corpus under the licence, each
   * credited, stating no date: dated by its last commit, asked of a git that takes 3 s to answer.
   * Its own check takes a fraction of a second; its judging once it has the date spends more than
   * UNITS_PER_READING, so reads the clock.
   */
  let repo: Workspace;
  let slowGit: string;

  beforeAll(() => {
    repo = makeWorkspace({ licence: true });
    const cri = path.join(ROOT, 'fixtures/corpus/cri');
    for (const name of readdirSync(cri)) copyFileSync(path.join(cri, name), repo.at(`corpus/${name}`));
    const articles = readdirSync(repo.at('corpus')).sort().map((name) => {
      const lines = readFileSync(repo.at(`corpus/${name}`), 'utf8').split('\n');
      const body = lines.filter((l) => /^ {2}\S/u.test(l)).map((l) => l.trim());
      return [lines[2].trim(), '来源：国际在线', '', ...body.flatMap((p) => [p, ''])].join('\n');
    });
    repo.write('content/专题/年度要闻.txt', `国际在线年度要闻回顾\n\n${articles.join('\n')}`);
    initRepo(repo.dir);
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    slowGit = mkdtempSync(path.join(tmpdir(), 'laiyuan-slow-git-'));
    writeFileSync(path.join(slowGit, 'git'), `#!/bin/sh\nsleep 3\nexec ${real} "$@"\n`);
    chmodSync(path.join(slowGit, 'git'), 0o755);
  });

  afterAll(() => {
    for (const dir of [repo.dir, slowGit]) rmSync(dir, { recursive: true, force: true });
  });

  it('is not timed out for the time git takes: its budget counts its own work, not the wait', () => {
    const env = { PATH: `${slowGit}${path.delimiter}${process.env.PATH ?? ''}` };
    const run = laiyuan(repo.dir, ['check', 'content', '--format', 'json', '--max-file-time', '1'], { env });
    expect(run.stderr).not.toContain('took longer than');
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(1);
    // dated 2024-03-01 by git, in the licence: credited reprints, no unauthorized reuse
    expect(results.findings.filter((f) => f.ruleId === 'unauthorized-reuse' || f.ruleId === 'out-of-scope')).toEqual([]);
  });
});
