// --max-file-time: a file that runs past its time budget is skipped with a note saying why and
// what to do, and the rest of the run goes on. The budget is kept by counted work (the matching
// loops spend units; the clock is read every UNITS_PER_READING of them), so these tests drive it
// with a clock that advances one millisecond a reading, or with a budget no real check can meet:
// no test here depends on how fast the machine is.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/io/check-files.js';
import type { CheckOptions } from '../../src/io/file-check.js';
import { fileDeadline, UNITS_PER_READING } from '../../src/io/file-deadline.js';
import { loadProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/core/judge/rule.js';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, type Workspace } from './workspace.js';
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
