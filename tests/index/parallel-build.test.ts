// index build/update --concurrency: the per-article work on worker threads gives the file the
// serial build gives, byte for byte, and the same messages for files it cannot read (then no file).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;
/** A JSON Lines corpus file with one bad line: a build meeting it writes nothing. */
let BAD_LINE: string;

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-parallel-build-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  // the other fixture pages, JSON Lines files of several articles (one with a bad line), HTML, Markdown and a binary file
  cpSync(path.join(ROOT, 'fixtures/corpus/cri'), path.join(site, 'corpus/cri'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/docs'), path.join(site, 'corpus/docs'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/structure'), path.join(site, 'corpus/structure'), { recursive: true, filter: (f) => !f.endsWith('.json') });
  BAD_LINE = path.join(site, 'corpus/docs/bad-line.jsonl');
  writeFileSync(path.join(site, 'corpus/image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // a paragraph in many articles: boilerplate, so the articles holding it are fingerprinted again at the end
  const boiler = '本网站所刊登的各种新闻、信息和各种专题专栏资料，均为国际在线版权所有，未经协议授权禁止下载使用。\n';
  mkdirSync(path.join(site, 'corpus/short'));
  for (let i = 0; i < 30; i++) writeFileSync(path.join(site, `corpus/short/${String(i).padStart(2, '0')}.txt`), `第${i}篇短讯：今年以来本市共新建公园${i + 3}座，市民出行更加便利，绿地面积持续增加。\n${boiler}`);
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

function build(out: string, concurrency: string) {
  return laiyuan(['index', 'build', 'corpus', '-o', out, '--concurrency', concurrency], { cwd: site, env: { LAIYUAN_DEBUG: '1' } });
}

const bytes = (file: string) => readFileSync(path.join(site, file));
const notes = (stderr: string) => stderr.split('\n').filter((l) => !l.includes('debug'));

describe('index build --concurrency', { timeout: 180000 }, () => {
  it('meets on worker threads the errors the serial build meets, and writes no file either', () => {
    const serial = build('serial.lyx', '1');
    expect(serial.stderr).toMatch(/corpus file\(s\) read on the main thread/u);
    expect(serial.code).toBe(2);
    expect(notes(serial.stderr).join('\n')).toMatch(/bad-line\.jsonl:\d+:\d+/u);
    expect(serial.stdout).toBe('');
    for (const threads of ['2', '3']) {
      const threaded = build(`threads-${threads}.lyx`, threads);
      expect(threaded.stderr).toContain(`read on ${threads} worker threads`);
      expect(threaded.code).toBe(2);
      expect(notes(threaded.stderr).join('\n').replace(`threads-${threads}.lyx`, 'serial.lyx')).toBe(notes(serial.stderr).join('\n'));
      expect(existsSync(path.join(site, `threads-${threads}.lyx`))).toBe(false);
    }
    expect(existsSync(path.join(site, 'serial.lyx'))).toBe(false);
  });

  it('writes on worker threads the file the serial build writes, byte for byte', () => {
    rmSync(BAD_LINE);
    const serial = build('serial.lyx', '1');
    expect(serial.code).toBe(0);
    expect(serial.stdout).toMatch(/^indexed \d+ articles from \d+ files into serial\.lyx: [\d.]+ MB, [\d,]+ fingerprints, [1-9][\d,]* left out as boilerplate\n$/u);
    for (const threads of ['2', '3']) {
      const threaded = build(`threads-${threads}.lyx`, threads);
      expect(threaded.stderr).toContain(`read on ${threads} worker threads`);
      expect(threaded.code).toBe(0);
      expect(threaded.stdout.replace(`threads-${threads}.lyx`, 'serial.lyx')).toBe(serial.stdout);
      expect(notes(threaded.stderr)).toEqual(notes(serial.stderr));
      expect(bytes(`threads-${threads}.lyx`).equals(bytes('serial.lyx'))).toBe(true);
    }
  });

  it('reads a small corpus on the main thread when the threads are left to it', () => {
    expect(build('auto.lyx', 'auto').stderr).toMatch(/read on the main thread/u);
    expect(bytes('auto.lyx').equals(bytes('serial.lyx'))).toBe(true);
  });

  it('update on worker threads writes the file a serial rebuild writes', () => {
    const changed = path.join(site, 'corpus/cri/cri-13-jiuquan-yijian-sixing.txt');
    const before = readFileSync(changed, 'utf8');
    build('updated.lyx', '1');
    writeFileSync(changed, before.replace('一箭四星', '一箭五星'));
    writeFileSync(path.join(site, 'corpus/short/new.txt'), '新增的一篇短讯：本市今年新开通公交线路十二条，覆盖新建小区和产业园区。\n');
    const updated = laiyuan(['index', 'update', 'updated.lyx', 'corpus/cri', 'corpus/short', '--concurrency', '2'], { cwd: site, env: { LAIYUAN_DEBUG: '1' } });
    expect(updated.stderr).toContain('read on 2 worker threads');
    expect(updated.code).toBe(0);
    expect(build('rebuilt.lyx', '1').code).toBe(0);
    expect(bytes('updated.lyx').equals(bytes('rebuilt.lyx'))).toBe(true);
    expect(bytes('updated.lyx').equals(bytes('serial.lyx'))).toBe(false);
  });

  it('refuses a concurrency that is not a number of threads', () => {
    const r = build('x.lyx', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency takes auto or a whole number of 1 or more, not '0'/u);
  });
});
