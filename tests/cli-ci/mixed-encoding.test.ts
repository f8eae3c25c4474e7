import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

// A reprint of cri-05 credited exactly, under a 转载 licence: as one encoding it has no finding.
const exact = reprint(REPRINTS.exact).toString('utf8');
// A reprint of cri-04 with no attribution at all: one missing-attribution finding.
const none = reprint(REPRINTS.none).toString('utf8');

/**
 * The text's first lines (about 400 bytes of them in GB18030) in GB18030, the rest in UTF-8: a file
 * pasted together from two CMS exports; and where the error points, the first character of the
 * UTF-8 part that is not ASCII.
 */
function pastedTogether(text: string): { bytes: Buffer; line: number; column: number } {
  const lines = text.split(/(?<=\n)/u);
  let cut = 0;
  let size = 0;
  while (size < 400) size += iconv.encode(lines[cut++], 'gb18030').length;
  const head = lines.slice(0, cut).join('');
  const first = lines.findIndex((l, i) => i >= cut && /[^\x00-\x7f]/u.test(l));
  const column = [...lines[first]].findIndex((ch) => ch > '\x7f') + 1;
  return { bytes: Buffer.concat([iconv.encode(head, 'gb18030'), Buffer.from(text.slice(head.length), 'utf8')]), line: first + 1, column };
}

/** The text in UTF-8 with one byte 0xFF put in before `before`. */
function withStrayByte(text: string, before: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.indexOf(Buffer.from(before, 'utf8'));
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
}

function lineOf(text: string, before: string): number {
  return text.slice(0, text.indexOf(before)).split('\n').length;
}

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

/** A licensed workspace whose content/lishu-pasted.txt is the exact reprint pasted together from GB18030 and UTF-8. */
function withPastedFile(): { bytes: Buffer; line: number; column: number } {
  ws = makeWorkspace({ licence: true });
  const mixed = pastedTogether(exact);
  ws.write('content/lishu-pasted.txt', mixed.bytes);
  return mixed;
}

describe('a file in two encodings', () => {
  it('is an error at the line where the second encoding begins, exit 2, the other files still checked: not a false out-of-scope', () => {
    const mixed = withPastedFile();
    ws.write('content/changbaishan.txt', none);
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(run.status).toBe(2);
    const results = parseJson(run);
    expect(results.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/changbaishan.txt missing-attribution']);
    expect(results.errors).toEqual([
      {
        file: 'content/lishu-pasted.txt',
        line: mixed.line,
        column: mixed.column,
        message: expect.stringMatching(/^two encodings in one file: GB18030 up to here, UTF-8 from here on .*not checked: save it all as UTF-8/u),
      },
    ]);
  });

  it('is one line naming file:line:col in the pretty report, and --no-error-on-unreadable leaves it out of the exit code', () => {
    const mixed = withPastedFile();
    const run = laiyuan(ws.dir, ['check', 'content']);
    expect(run.status).toBe(2);
    expect(run.stdout).not.toContain('out-of-scope');
    expect(run.stdout).toMatch(new RegExp(`content/lishu-pasted\\.txt:${mixed.line}:${mixed.column} two encodings in one file`, 'u'));
    expect(laiyuan(ws.dir, ['check', 'content', '--no-error-on-unreadable']).status).toBe(0);
  });

  it('inspect says so instead of showing gb18030 alone', () => {
    const mixed = withPastedFile();
    const run = laiyuan(ws.dir, ['inspect', 'content/lishu-pasted.txt']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^laiyuan: content/lishu-pasted\\.txt:${mixed.line}:${mixed.column}: two encodings in one file: GB18030 up to here, UTF-8 from here on .*\\n$`, 'u'));
  });
});

describe('a stray byte in a UTF-8 file', () => {
  it('is checked as the sound file is, with a warning naming file:line:col', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/changbaishan.txt', none);
    ws.write('content/changbaishan-damaged.txt', withStrayByte(none, '来自全国各地'));
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(run.status).toBe(1);
    const results = parseJson(run);
    expect(results.errors).toEqual([]);
    const rules = (file: string) => results.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(rules('content/changbaishan-damaged.txt')).toEqual(rules('content/changbaishan.txt'));
    expect(rules('content/changbaishan.txt')).not.toEqual([]);
    const column = [...none.split('\n')[lineOf(none, '来自全国各地') - 1].split('来自全国各地')[0]].length + 1;
    expect(run.stderr).toBe(
      `laiyuan: warning: content/changbaishan-damaged.txt:${lineOf(none, '来自全国各地')}:${column}: 1 byte that is not valid UTF-8 (the first is here), read as �; the rest of the file was checked. Retype the damaged characters, or save the file as UTF-8 again from its source.\n`,
    );
    expect(laiyuan(ws.dir, ['check', 'content', '--quiet']).stderr).toBe('');
  });

  it('inspect warns too, and still shows what it read', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/lishu-damaged.txt', withStrayByte(exact, '在梨树县卢伟'));
    const run = laiyuan(ws.dir, ['inspect', 'content/lishu-damaged.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('utf-8');
    expect(run.stderr).toMatch(new RegExp(`^laiyuan: warning: content/lishu-damaged\\.txt:${lineOf(exact, '在梨树县卢伟')}:1: 1 byte that is not valid UTF-8`, 'u'));
  });
});

describe('an archive article in two encodings', () => {
  it('is a corpus file not read, at the line where the second encoding begins, exit 2', () => {
    ws = makeWorkspace({ licence: true, content: { 'content/changbaishan.txt': REPRINTS.none } });
    const article = readFileSync(path.join(ROOT, 'fixtures/corpus/cri/cri-13-jiuquan-yijian-sixing.txt'), 'utf8');
    const mixed = pastedTogether(article);
    ws.write('corpus/cri-13-jiuquan-pasted.txt', mixed.bytes);
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'github']);
    expect(run.status).toBe(2);
    const line = run.stdout.split('\n').find((l) => l.includes('cri-13-jiuquan-pasted'));
    expect(line).toMatch(new RegExp(`^::error file=corpus/cri-13-jiuquan-pasted\\.txt,line=${mixed.line},col=${mixed.column},title=laiyuan%3A corpus file not read::two encodings in one file: GB18030 up to here, UTF-8 from here on`, 'u'));
    expect(run.stdout).toContain('file=content/changbaishan.txt');
  });
});
