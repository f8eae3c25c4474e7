// --fix writes only what the file's encoding holds: in a traditional-character article (Big5, or
// UTF-8 written in traditional characters) the line goes in as 來源:國際在線, which the next check
// takes for the required line; a line the encoding cannot hold is not written at all.
import { readFileSync, rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// the 长白山 reprint with no attribution, as a Taiwanese site would carry it
const simplified = reprint(REPRINTS.none).toString('utf8');
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);

/** The text with `line` inserted under the headline (third line), as the fix puts it. */
function withLine(text: string, line: string): string {
  const lines = text.split('\n');
  lines.splice(3, 0, line);
  return lines.join('\n');
}

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --fix in a traditional-character file', () => {
  it('writes 來源:國際在線 into a Big5 article, which the next run takes for the required line', () => {
    expect(traditional).toContain('長白山國際滑雪節開幕');
    ws = makeWorkspace({ licence: true });
    const original = iconv.encode(traditional, 'big5');
    ws.write('content/tw.txt', original);
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);

    const dry = laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']);
    expect(dry.stdout).toContain('\n 長白山國際滑雪節開幕 冰雪運動帶火東北冬季旅遊\n+來源:國際在線\n');
    expect(ws.read('content/tw.txt').equals(original)).toBe(true);

    const run = laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(run.stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(run.status).toBe(0);
    expect(ws.read('content/tw.txt').equals(iconv.encode(withLine(traditional, '來源:國際在線'), 'big5'))).toBe(true);

    const next = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(parseJson(next).findings).toEqual([]);
    expect(next.status).toBe(0);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: nothing to fix\n');
  });

  it('writes the traditional form into a UTF-8 article written in traditional characters, and the simplified one into a GB18030 article as before', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/tw-utf8.txt', traditional);
    ws.write('content/gb.txt', iconv.encode(simplified, 'gb18030'));
    const run = laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(run.stderr).toBe('laiyuan: fixed 2 problems in 2 files; 0 problems left\n');
    expect(ws.read('content/tw-utf8.txt').toString('utf8')).toBe(withLine(traditional, '來源:國際在線'));
    expect(ws.read('content/gb.txt').equals(iconv.encode(withLine(simplified, '来源:国际在线'), 'gb18030'))).toBe(true);
  });

  it('does not write a line the encoding cannot hold, and says what to do', () => {
    ws = makeWorkspace({ licence: true });
    // a pack whose required line has ®, which Big5 has no bytes for
    const pack = readFileSync(new URL('../../rules/cri.yaml', import.meta.url), 'utf8').replace('  required: 来源:国际在线\n', '  required: 来源:国际在线®\n');
    expect(pack).toContain('required: 来源:国际在线®');
    ws.write('cri.yaml', pack);
    ws.write('laiyuan.yaml', readFileSync(ws.at('laiyuan.yaml'), 'utf8').replace('packs: [cri]', 'packs: [./cri.yaml]'));
    const original = iconv.encode(traditional, 'big5');
    ws.write('content/tw.txt', original);
    const note = 'laiyuan: note: content/tw.txt: the fix 「來源:國際在線®」 needs characters Big5 cannot hold (®): not fixed; write the line by hand in characters Big5 has, or save the file as UTF-8 and run --fix again\n';

    const dry = laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toBe(`${note}laiyuan: nothing would be fixed; 1 problem left\n`);

    const run = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    expect(run.stderr).toBe(`${note}laiyuan: nothing fixed; 1 problem left\n`);
    expect(run.status).toBe(1);
    expect(parseJson(run).findings.map((f) => `${f.file} ${f.ruleId} ${f.attribution.expected}`)).toEqual(['content/tw.txt missing-attribution 来源:国际在线®']);
    expect(ws.read('content/tw.txt').equals(original)).toBe(true);
  });
});
