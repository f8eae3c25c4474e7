// check over a corpus holding files it cannot read (a link out of the project, a JSON Lines line
// with a NUL byte): the reports call them corpus files not read, not files not checked, and tell
// them from a checked file's error, each with its file, line and column.
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;
let outside: string;

/** Three 国际在线 articles as JSON Lines, the second line with a raw NUL byte in its text. */
function jilinLines(): string {
  const articles = [
    { id: 'cri-101', title: '吉林省冰雪旅游季在长白山开幕', source: '国际在线', text: '国际在线长春消息：12月1日，吉林省冰雪旅游季在长白山开幕。' },
    { id: 'cri-102', title: '长春汽车出口创新高', source: '国际在线', text: '国际在线长春消息：今年前十一个月，长春汽车出口量同\u0000比增长三成。' },
    { id: 'cri-103', title: '延吉机场开通新航线', source: '国际在线', text: '国际在线延吉消息：延吉机场开通至首尔的新航线。' },
  ];
  // JSON.stringify writes the NUL escaped (\u0000), which is sound JSON: the raw byte put back
  return `${articles.map((a) => JSON.stringify(a).replace('\\u0000', '\u0000')).join('\n')}\n`;
}

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-corpus-report-'));
  outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-outside-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  cpSync(path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing.txt'), path.join(outside, 'jiuquan.txt'));
  symlinkSync(path.join(outside, 'jiuquan.txt'), path.join(site, 'corpus', 'zz-link.txt'));
  writeFileSync(path.join(site, 'corpus', 'cri-90-jilin.jsonl'), jilinLines());
  // the same lines as a document checked: its NUL line is a line not checked
  writeFileSync(path.join(site, 'content', 'news', '2023-12-jilin-kuaixun.jsonl'), jilinLines());
});

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** The NUL's column in characters (all of them in the BMP here, one UTF-16 unit each). */
const COL = jilinLines().split('\n')[1].indexOf('\u0000') + 1;
const check = (format: string) => laiyuan(['check', 'content/news', '--format', format], { cwd: site });
const NUL_AT = (line: string) => new RegExp(`line=2,col=${COL},title=laiyuan%3A ${line}::holds a NUL byte`, 'u');

describe('check over a corpus with files it cannot read', { timeout: 120000 }, () => {
  it('pretty: the corpus files under their own heading and counted as corpus files not read, apart from the checked file not checked', () => {
    const r = check('pretty');
    expect(r.code).toBe(2);
    const out = r.stdout;
    const corpusBlock = out.slice(out.indexOf('无法读取的语料文件\n'));
    // what the listing found first, then what the reading found
    expect(corpusBlock).toMatch(/^无法读取的语料文件\n {2}✖ corpus\/zz-link\.txt +corpus of pack 'cri': is a link to\s/u);
    expect(corpusBlock).toMatch(new RegExp(`\\n {2}✖ corpus/cri-90-jilin\\.jsonl:2:${COL} +holds a NUL byte`, 'u'));
    const checkedBlock = out.slice(out.indexOf('无法检查的文件\n'), out.indexOf('无法读取的语料文件\n'));
    expect(checkedBlock).toMatch(new RegExp(`^无法检查的文件\\n {2}✖ content/news/2023-12-jilin-kuaixun\\.jsonl:2:${COL} +holds a NUL byte`, 'u'));
    expect(checkedBlock).not.toContain('corpus/');
    const summary = out.trimEnd().split('\n').slice(-2);
    expect(summary).toEqual(['✖ 1 file could not be checked', '✖ 2 corpus files could not be read']);
  });

  it('github: file, line, column and a title saying what was lost, for each', () => {
    const lines = check('github').stdout.trimEnd().split('\n');
    const of = (file: string) => lines.filter((l) => l.startsWith(`::error file=${file},`) && !l.includes('unauthorized-reuse'));
    expect(of('corpus/cri-90-jilin.jsonl')).toEqual([expect.stringMatching(NUL_AT('corpus line not read'))]);
    expect(of('corpus/zz-link.txt')).toEqual([expect.stringMatching(/^::error file=corpus\/zz-link\.txt,title=laiyuan%3A corpus file not read::corpus of pack 'cri': is a link to /u)]);
    expect(of('content/news/2023-12-jilin-kuaixun.jsonl')).toEqual([expect.stringMatching(NUL_AT('line not checked'))]);
    expect(lines.join('\n')).not.toContain('file not checked');
  });

  it('json and sarif: the same file, line and column for the NUL line', () => {
    const errors = (JSON.parse(check('json').stdout) as { errors: { file: string; line: number | null; column: number | null }[] }).errors;
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['corpus/zz-link.txt', null, null],
      ['corpus/cri-90-jilin.jsonl', 2, COL],
      ['content/news/2023-12-jilin-kuaixun.jsonl', 2, COL],
    ]);
    const sarif = JSON.parse(check('sarif').stdout) as { runs: { invocations: { toolExecutionNotifications: { locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }[] }[] }[] }[] };
    const places = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.locations[0].physicalLocation).map((p) => [p.artifactLocation.uri, p.region?.startLine, p.region?.startColumn]);
    expect(places).toEqual([
      ['corpus/zz-link.txt', undefined, undefined],
      ['corpus/cri-90-jilin.jsonl', 2, COL],
      ['content/news/2023-12-jilin-kuaixun.jsonl', 2, COL],
    ]);
  });
});
