import { describe, expect, it } from 'vitest';
import { applyEdits, planFixes } from '../../src/core/fix/edits.js';
import type { Finding, TextEdit } from '../../src/core/judge/types.js';
import { unifiedDiff } from '../../src/core/fix/unified-diff.js';

const TEXT = '长白山国际滑雪节开幕\n2022-12-10 16:42 稿件来源：国际在线\n12月9日，第十一届长白山国际滑雪节开幕。\n';

function finding(ruleId: string, fix: TextEdit[] | undefined): Finding {
  return { ruleId, fix } as Finding;
}

const at = (needle: string) => TEXT.indexOf(needle);
const REWRITE: TextEdit = { start: at('稿件来源'), end: at('稿件来源') + '稿件来源：国际在线'.length, text: '来源:国际在线' };
const INSERT: TextEdit = { start: at('\n'), end: at('\n'), text: '\n来源:国际在线' };

describe('planFixes and applyEdits', () => {
  it('applies non-overlapping fixes together, by offsets of the original text', () => {
    const plan = planFixes([finding('missing-attribution', [INSERT]), finding('nonstandard-attribution', [REWRITE])], TEXT.length);
    expect(plan.fixed.map((f) => f.ruleId)).toEqual(['missing-attribution', 'nonstandard-attribution']);
    expect(applyEdits(TEXT, plan.edits)).toBe('长白山国际滑雪节开幕\n来源:国际在线\n2022-12-10 16:42 来源:国际在线\n12月9日，第十一届长白山国际滑雪节开幕。\n');
  });

  it('leaves out a fix that overlaps one taken, or stands at the same place, and takes an identical one once', () => {
    const overlapping = { start: REWRITE.start + 2, end: REWRITE.end + 1, text: '来源：国际在线。' };
    const samePlace = { start: INSERT.start, end: INSERT.start, text: '\n来源:新华网' };
    const plan = planFixes(
      [finding('a', [REWRITE]), finding('b', [overlapping]), finding('c', [INSERT]), finding('d', [samePlace]), finding('e', [{ ...INSERT }])],
      TEXT.length,
    );
    expect(plan.fixed.map((f) => f.ruleId)).toEqual(['a', 'c', 'e']);
    expect(plan.edits).toEqual([REWRITE, INSERT]);
  });

  it('takes a finding with several edits whole or not at all, and none whose offsets lie outside the text', () => {
    const both = finding('both', [INSERT, { start: 0, end: 0, text: '【转载】' }]);
    const clashing = finding('clashing', [{ start: TEXT.length, end: TEXT.length, text: '（完）' }, { ...REWRITE, text: '来源：国际在线' }]);
    const outside = finding('outside', [{ start: TEXT.length, end: TEXT.length + 3, text: 'x' }]);
    const plan = planFixes([both, finding('rewrite', [REWRITE]), clashing, outside, finding('none', undefined)], TEXT.length);
    expect(plan.fixed.map((f) => f.ruleId)).toEqual(['both', 'rewrite']);
    expect(applyEdits(TEXT, plan.edits).startsWith('【转载】长白山国际滑雪节开幕\n来源:国际在线\n')).toBe(true);
  });
});

describe('unifiedDiff', () => {
  const lines = Array.from({ length: 12 }, (_, i) => `第${i + 1}段：长白山雪季接待游客${i + 100}万人次。`);

  it('gives hunks with three lines of context, merged when close, with 1-based counts', () => {
    const before = `${lines.join('\n')}\n`;
    const after = `${lines.map((l, i) => (i === 1 ? '来源:国际在线' : i === 10 ? l.replace('长白山', '長白山') : l)).join('\n')}\n`;
    expect(unifiedDiff(before, after, 'content/雪季.txt')).toBe(
      [
        '--- a/content/雪季.txt',
        '+++ b/content/雪季.txt',
        '@@ -1,5 +1,5 @@',
        ` ${lines[0]}`,
        `-${lines[1]}`,
        '+来源:国际在线',
        ...lines.slice(2, 5).map((l) => ` ${l}`),
        '@@ -8,5 +8,5 @@',
        ...lines.slice(7, 10).map((l) => ` ${l}`),
        `-${lines[10]}`,
        `+${lines[10].replace('长白山', '長白山')}`,
        ` ${lines[11]}`,
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without newline, keeps CRLF, and is empty for equal texts', () => {
    expect(unifiedDiff('标题\r\n正文', '标题\r\n来源:国际在线\r\n正文', 'a.txt')).toBe(
      '--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,3 @@\n 标题\r\n+来源:国际在线\r\n 正文\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('', '来源:国际在线\n', 'b.txt')).toBe('--- a/b.txt\n+++ b/b.txt\n@@ -0,0 +1,1 @@\n+来源:国际在线\n');
    expect(unifiedDiff(TEXT, TEXT, 'c.txt')).toBe('');
  });
});
