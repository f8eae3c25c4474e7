import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// `--fix` ends with a line saying how many problems are left: the count the report below it
// gives, so a suppressed finding is not left and a laiyuan- comment without a reason is.
let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

/** A Markdown reprint of the 敦煌 report (cri-03) credited to 新华网, its credit line preceded by `comment`. */
function wrongCreditMarkdown(comment: string): string {
  const html = reprint(REPRINTS.wrongHtml).toString('utf8');
  const paragraphs = [...html.matchAll(/<p>([^<]{20,})<\/p>/gu)].map((m) => m[1]);
  return ['# 敦煌莫高窟数字化保护取得新进展', '', comment, '来源：新华网', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

describe('check --fix: the problems left', () => {
  it('are those the report shows: a directive without a reason counted, a suppressed finding not', () => {
    ws = makeWorkspace({ licence: true, content: { 'content/hanchao.txt': REPRINTS.alias } });
    ws.write('content/no-reason.md', wrongCreditMarkdown('<!-- laiyuan-disable-next-line wrong-source -->'));
    for (const name of ['with-reason.md', 'with-reason-2.md']) ws.write(`content/${name}`, wrongCreditMarkdown('<!-- laiyuan-disable-next-line wrong-source -- 新华网与国际在线联合采访 -->'));
    const fix = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    const left = parseJson(fix).findings;
    expect(left.map((f) => [f.file, f.ruleId])).toEqual([
      ['content/no-reason.md', 'laiyuan-directive'],
      ['content/no-reason.md', 'wrong-source'],
    ]);
    expect(fix.stderr).toBe('laiyuan: fixed 1 problem in 1 file; 2 problems left\n');
  });
});
