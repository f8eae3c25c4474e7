// SARIF's invocation tells a code-scanning upload whether the run did its job: a run that ends
// with exit code 2 (a file or a corpus line it could not read) is not a successful execution.
import { rmSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

function invocation(stdout: string): Sarif.Invocation {
  const log = JSON.parse(stdout) as Sarif.Log;
  const found = log.runs[0].invocations?.[0];
  if (!found) throw new Error(`no invocation in\n${stdout}`);
  return found;
}

const FEED = `${JSON.stringify({ id: 'snow', text: '长春今冬首场降雪\n本报讯 昨日长春迎来今冬首场降雪，市政部门连夜出动清雪车辆三百余台。' })}\n{"id": "hanchao", "text": "寒潮来袭 中央气象台发布寒潮橙色预警\n`;

describe('check --format sarif', () => {
  it('says the execution failed, with the error as a notification, when a JSON Lines line cannot be read (exit 2)', () => {
    ws = makeWorkspace({ licence: true, content: { 'content/a.txt': REPRINTS.none } });
    ws.write('content/feed.jsonl', FEED);
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'sarif']);
    expect(run.status).toBe(2);
    const { executionSuccessful, toolExecutionNotifications: notes = [] } = invocation(run.stdout);
    expect(executionSuccessful).toBe(false);
    expect(notes.map((n) => [n.level, n.locations?.[0].physicalLocation?.artifactLocation?.uri, n.locations?.[0].physicalLocation?.region?.startLine])).toEqual([['error', 'content/feed.jsonl', 2]]);
    expect(notes[0].message.text).toContain('not valid JSON');
  });

  it('says it succeeded when the run only has findings (exit 1), or when --no-error-on-unreadable keeps the error out of the exit code', () => {
    ws = makeWorkspace({ licence: true, content: { 'content/a.txt': REPRINTS.none } });
    const findings = laiyuan(ws.dir, ['check', 'content', '--format', 'sarif']);
    expect(findings.status).toBe(1);
    expect(invocation(findings.stdout)).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
    ws.write('content/feed.jsonl', FEED);
    const lenient = laiyuan(ws.dir, ['check', 'content', '--format', 'sarif', '--no-error-on-unreadable']);
    expect(lenient.status).toBe(1);
    expect(invocation(lenient.stdout).executionSuccessful).toBe(true);
    expect(invocation(lenient.stdout).toolExecutionNotifications).toHaveLength(1);
  });
});
