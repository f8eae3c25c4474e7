import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { git, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

const REQUIRED = '来源:国际在线';
const r04 = reprint(REPRINTS.none).toString('utf8');
const r11 = reprint(REPRINTS.alias).toString('utf8');
const r12 = reprint(REPRINTS.noneCrlf).toString('utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The attribution line inserted under the headline (the line after the navigation bar and a blank line), in the file's own line ending. */
function underFirstLine(text: string, eol: string): string {
  const lines = text.split(eol);
  expect(lines[0]).toMatch(/[|>]/u);
  expect(lines[1]).toBe('');
  lines.splice(3, 0, REQUIRED);
  return lines.join(eol);
}

const ORIGINAL: Record<string, Buffer> = {
  // no attribution, UTF-8, LF: missing-attribution inserts the line
  'content/utf8-lf.txt': Buffer.from(r04, 'utf8'),
  // 来源：国际在线网 in GB18030 with CRLF: nonstandard-attribution rewrites it
  'content/gb18030-crlf.txt': iconv.encode(r11.replace(/\r?\n/gu, '\r\n'), 'gb18030'),
  // no attribution, UTF-8 with a BOM, CRLF
  'content/bom-crlf.txt': Buffer.concat([BOM, Buffer.from(r12, 'utf8')]),
  // wrong source in HTML: no fix without judgement
  'content/wrong.html': reprint(REPRINTS.wrongHtml),
  // credited exactly: nothing to fix
  'content/exact.txt': reprint(REPRINTS.exact),
};

const FIXED: Record<string, Buffer> = {
  'content/utf8-lf.txt': Buffer.from(underFirstLine(r04, '\n'), 'utf8'),
  'content/gb18030-crlf.txt': iconv.encode(r11.replace(/\r?\n/gu, '\r\n').replace('来源：国际在线网', REQUIRED), 'gb18030'),
  'content/bom-crlf.txt': Buffer.concat([BOM, Buffer.from(underFirstLine(r12, '\r\n'), 'utf8')]),
};

const UNTOUCHED = ['content/wrong.html', 'content/exact.txt'];

let ws: Workspace;

function project(): Workspace {
  ws = makeWorkspace({ licence: true });
  for (const [rel, bytes] of Object.entries(ORIGINAL)) ws.write(rel, bytes);
  return ws;
}

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --fix', () => {
  it('fixes in place keeping encoding, BOM and line endings, and reports what remains', () => {
    project();
    expect(r12).toContain('\r\n');
    expect(r11).toContain('来源：国际在线网');
    chmodSync(ws.at('content/gb18030-crlf.txt'), 0o640);
    const mtimes = UNTOUCHED.map((f) => statSync(ws.at(f)).mtimeMs);
    const before = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json']));
    expect(before.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'content/bom-crlf.txt missing-attribution',
      'content/gb18030-crlf.txt nonstandard-attribution',
      'content/utf8-lf.txt missing-attribution',
      'content/wrong.html wrong-source',
    ]);

    const run = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    for (const [rel, bytes] of Object.entries(FIXED)) expect(ws.read(rel).equals(bytes), rel).toBe(true);
    for (const rel of UNTOUCHED) expect(ws.read(rel).equals(ORIGINAL[rel]), rel).toBe(true);
    expect(UNTOUCHED.map((f) => statSync(ws.at(f)).mtimeMs)).toEqual(mtimes);
    expect(statSync(ws.at('content/gb18030-crlf.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(ws.at('content')).sort()).toEqual(Object.keys(ORIGINAL).map((f) => f.slice('content/'.length)).sort());

    const after = parseJson(run);
    expect(after.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/wrong.html wrong-source']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('laiyuan: fixed 3 problems in 3 files; 1 problem left\n');
    // what --fix reported is what a fresh check of the fixed files finds
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json']))).toEqual(after);
  });

  it('writes through a symbolic link to its target, leaving the link a link', () => {
    project();
    ws.write('drafts/长白山.txt', ORIGINAL['content/utf8-lf.txt']);
    symlinkSync('../drafts/长白山.txt', ws.at('content/link.txt'));
    laiyuan(ws.dir, ['check', 'content/link.txt', '--fix']);
    expect(lstatSync(ws.at('content/link.txt')).isSymbolicLink()).toBe(true);
    expect(ws.read('drafts/长白山.txt').equals(FIXED['content/utf8-lf.txt'])).toBe(true);
  });

  it('says there is nothing to fix and writes nothing when no finding has a fix', () => {
    project();
    const run = laiyuan(ws.dir, ['check', ...UNTOUCHED, '--fix']);
    expect(run.stderr).toBe('laiyuan: nothing to fix\n');
    for (const rel of UNTOUCHED) expect(ws.read(rel).equals(ORIGINAL[rel])).toBe(true);
  });

  it('keeps the cache right: a cached run after --fix reports what a plain check does', () => {
    project();
    laiyuan(ws.dir, ['check', 'content', '--cache']);
    laiyuan(ws.dir, ['check', 'content', '--cache', '--fix']);
    const cached = laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']);
    expect(cached.stdout).toBe(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stdout);
  });

  it('cannot be combined with --fix-dry-run', () => {
    project();
    const run = laiyuan(ws.dir, ['check', 'content', '--fix', '--fix-dry-run']);
    expect(run.status).toBe(2);
    for (const [rel, bytes] of Object.entries(ORIGINAL)) expect(ws.read(rel).equals(bytes)).toBe(true);
  });
});

describe('check --fix on a page with no headline line', () => {
  it('puts the line above the first paragraph of a front-matter Markdown page (GB18030, CRLF), so the next run is clean; an HTML page gets no fix', () => {
    ws = makeWorkspace({ licence: true });
    // the 长白山 reprint as a Hugo page: its title only in front matter, no # headline
    const body = r04.split('\n').slice(5).join('\r\n');
    const page = `---\r\ntitle: 长白山国际滑雪节开幕 冰雪运动带火东北冬季旅游\r\ndate: 2022-12-10\r\n---\r\n\r\n${body}`;
    ws.write('content/changbaishan.md', iconv.encode(page, 'gb18030'));
    const paragraphs = r04.split('\n').slice(5).filter((l) => l.trim() !== '');
    const html = `<html><head><title>长白山国际滑雪节开幕</title></head><body>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>\n`;
    ws.write('content/changbaishan.html', html);

    const run = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    const fixed = page.replace('---\r\n\r\n', `---\r\n\r\n${REQUIRED}\r\n\r\n`);
    expect(ws.read('content/changbaishan.md').equals(iconv.encode(fixed, 'gb18030'))).toBe(true);
    expect(ws.read('content/changbaishan.html').toString('utf8')).toBe(html);
    expect(parseJson(run).findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/changbaishan.html missing-attribution']);
    expect(run.stderr).toBe('laiyuan: fixed 1 problem in 1 file; 1 problem left\n');
    expect(parseJson(laiyuan(ws.dir, ['check', 'content/changbaishan.md', '--format', 'json'])).findings).toEqual([]);
  });
});

describe('check --fix-dry-run', () => {
  it('prints a unified diff instead of the report, writes nothing, and fails as the files stand', () => {
    project();
    const mtimes = Object.keys(ORIGINAL).map((f) => statSync(ws.at(f)).mtimeMs);
    const run = laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']);
    for (const [rel, bytes] of Object.entries(ORIGINAL)) expect(ws.read(rel).equals(bytes), rel).toBe(true);
    expect(Object.keys(ORIGINAL).map((f) => statSync(ws.at(f)).mtimeMs)).toEqual(mtimes);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('laiyuan: would fix 3 problems in 3 files, leaving 1 problem (--fix-dry-run: nothing written)\n');
    const [nav, blank, headline] = r04.split('\n');
    expect(run.stdout).toContain(`--- a/content/utf8-lf.txt\n+++ b/content/utf8-lf.txt\n@@ -1,6 +1,7 @@\n ${nav}\n ${blank}\n ${headline}\n+${REQUIRED}\n`);
    const credited = r11.split('\n').find((line) => line.includes('来源：国际在线网')) ?? '';
    expect(run.stdout).toContain(`-${credited}\r\n+${credited.replace('来源：国际在线网', REQUIRED)}\r\n`);
    expect(run.stdout).not.toContain('wrong.html');
    expect(run.stdout).not.toContain('exact.txt');
  });

  it('gives a patch that git apply turns into the bytes --fix writes (UTF-8 files)', () => {
    project();
    const patch = laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']).stdout;
    git(ws.dir, 'init', '-q');
    writeFileSync(ws.at('fixes.patch'), patch);
    const applied = spawnSync('git', ['apply', '--include=content/utf8-lf.txt', '--include=content/bom-crlf.txt', 'fixes.patch'], { cwd: ws.dir, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    expect(ws.read('content/utf8-lf.txt').equals(FIXED['content/utf8-lf.txt'])).toBe(true);
    expect(ws.read('content/bom-crlf.txt').equals(FIXED['content/bom-crlf.txt'])).toBe(true);
  });

  it('still writes the --output files, with the findings as the files stand', () => {
    project();
    laiyuan(ws.dir, ['check', 'content', '--fix-dry-run', '--output-json', 'report.json']);
    const report = JSON.parse(ws.read('report.json').toString('utf8')) as { findings: { ruleId: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'missing-attribution')).toHaveLength(2);
  });
});

describe('check --fix leaves alone', () => {
  it('findings that a directive in the file silences', () => {
    ws = makeWorkspace({ licence: true });
    const silenced = Buffer.from(`<!-- laiyuan-disable-file missing-attribution -- 稿件来源另行登记 -->\n${r04}`, 'utf8');
    ws.write('content/silenced.txt', silenced);
    const run = laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(run.status).toBe(0);
    expect(ws.read('content/silenced.txt').equals(silenced)).toBe(true);
  });

  it('a rewrite that would cut through markup or another record: a source name half in a link in HTML, a JSON Lines record past the first', () => {
    ws = makeWorkspace({ licence: true });
    const paragraphs = r11.split('\n').filter((l) => l.startsWith('　　'));
    const html = [
      '<html><head><title>寒潮来袭 中央气象台发布寒潮橙色预警</title></head><body>',
      '<h1>寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上</h1>',
      // the name runs on past the link's end: rewriting it would cut the <a> (a name all inside a link is rewritten, the link kept)
      '<p class="info">2023-12-14 11:06 来源：<a href="https://news.cri.cn/">国际在线</a>网</p>',
      ...paragraphs.map((p) => `<p>${p}</p>`),
      '</body></html>',
      '',
    ].join('\n');
    const records = [
      { id: 'snow', text: '长春今冬首场降雪\n本报讯 昨日长春迎来今冬首场降雪，市政部门连夜出动清雪车辆三百余台，保障市民出行。' },
      { id: 'hanchao', text: r11 },
    ];
    const jsonl = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    ws.write('content/linked.html', html);
    ws.write('content/feed.jsonl', jsonl);
    const run = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    expect(ws.read('content/linked.html').toString('utf8')).toBe(html);
    expect(ws.read('content/feed.jsonl').toString('utf8')).toBe(jsonl);
    expect(parseJson(run).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'content/feed.jsonl:2 nonstandard-attribution',
      'content/linked.html:3 nonstandard-attribution',
    ]);
    expect(run.stderr).toBe('laiyuan: nothing to fix\n');
  });

  it('a file whose bytes are not valid in its encoding, saying why', () => {
    ws = makeWorkspace({ licence: true });
    const broken = Buffer.concat([Buffer.from(r04.slice(0, 40), 'utf8'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(r04.slice(40), 'utf8')]);
    ws.write('content/broken.txt', broken);
    const run = laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/broken.txt').equals(broken)).toBe(true);
    expect(run.stderr).toContain('content/broken.txt: holds bytes that are not valid in its encoding');
    expect(run.status).toBe(1);
  });
});
