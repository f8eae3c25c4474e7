import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

// Reprints, excerpts and edited copies of the seven corpus pages in text, Markdown and HTML, one
// clean negative (cri-12 is not in this corpus) and a binary file; the runs also name a file that does not exist.
const CONTENT: Record<string, string> = {
  'content/01.txt': 'r01-zhongou-banlie-dongbeiwang.txt',
  'content/03.html': 'r03-dunhuang-wrong-source.html',
  'content/04.txt': 'r04-changbaishan-no-attribution.txt',
  'content/08.txt': 'r08-lishu-halfwidth-punct.txt',
  'content/11.txt': 'r11-hanchao-fullwidth-digits.txt',
  'content/12.txt': 'r12-huren-wrapped-crlf.txt',
  'content/14.txt': 'r14-tianfu-sentence-inserted.txt',
  'content/20.md': 'r20-zhongou-reordered-attribution-end.md',
  'content/22.md': 'r22-dunhuang-two-paras.md',
  'content/25.txt': 'r25-changbaishan-new-headline.txt',
  'content/27.html': 'r27-lishu-byline-changed.html',
  'content/36.txt': 'r36-tianfu-excerpt-minhang.txt',
  'content/38.md': 'r38-changbaishan-excerpt-blog.md',
  'content/39.txt': 'r39-hanchao-reworded.txt',
  'content/51.html': 'r51-zhongou-headline-halfwidth.html',
  'content/53.txt': 'r53-huren-mirror-crlf.txt',
  'content/56-other.txt': 'r56-yangshan-fullwidth-latin-dropped.txt',
};

let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ licence: true, content: CONTENT });
  ws.write('content/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --concurrency', () => {
  it('gives on three threads exactly what the serial run gives', () => {
    // a path named that is not there stops the run before any thread starts (tests/cli-ci/messages)
    const args = ['check', '-', 'content', '--stdin-filename', 'content/stdin.txt', '--format', 'json'];
    const input = reprint(REPRINTS.zhuanzai);
    const serial = laiyuan(ws.dir, [...args, '--concurrency', '1'], { input, env: { LAIYUAN_DEBUG: '1' } });
    const threaded = laiyuan(ws.dir, [...args, '--concurrency', '3'], { input, env: { LAIYUAN_DEBUG: '1' } });
    expect(serial.stderr).toMatch(/on the main thread/u);
    expect(threaded.stderr).toMatch(/on 3 threads \(the main thread and 2 workers\)/u);
    // where a thread's time went: each worker's start, checks and waits on the main thread
    expect(threaded.stderr).toMatch(/the main thread checked \d+ of the 18 files \(checking from \d+ ms of the run, \d+ ms in its checks\)/u);
    for (const worker of [1, 2]) expect(threaded.stderr).toMatch(new RegExp(`worker ${worker}: ready \\d+ ms after its start, \\d+ ms in its checks, \\d+ ms with no files in hand`, 'u'));
    const results = parseJson(serial);
    expect(results.summary.filesChecked).toBe(Object.keys(CONTENT).length + 1);
    expect(results.findings.length).toBeGreaterThan(10);
    expect(results.errors).toEqual([]);
    expect(threaded.stdout).toBe(serial.stdout);
    expect(threaded.status).toBe(serial.status);
    const notes = (run: { stderr: string }) => run.stderr.split('\n').filter((l) => !l.includes('debug'));
    expect(notes(serial)).toContainEqual(expect.stringMatching(/^laiyuan: note: content\/binary.txt: looks like a binary file/u));
    expect(notes(threaded)).toEqual(notes(serial));
  });

  it('gives the same pretty report on worker threads and with the cache', () => {
    const serial = laiyuan(ws.dir, ['check', 'content', '--concurrency', '1']);
    const threaded = laiyuan(ws.dir, ['check', 'content', '--concurrency', '4', '--cache-location', '.cache-threads']);
    const cached = laiyuan(ws.dir, ['check', 'content', '--concurrency', '4', '--cache-location', '.cache-threads']);
    expect(serial.stdout).toContain('missing-attribution');
    expect(threaded.stdout).toBe(serial.stdout);
    expect(cached.stdout).toBe(serial.stdout);
  });

  it('stays on the main thread for auto with fewer than 100 files', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--concurrency', 'auto', '--format', 'json'], { env: { LAIYUAN_DEBUG: '1' } });
    expect(run.stderr).toMatch(/on the main thread/u);
  });

  it('refuses a thread count that is not auto or a whole number of 1 or more', () => {
    for (const bad of ['0', '-2', '1.5', '许多']) {
      const run = laiyuan(ws.dir, ['check', 'content', `--concurrency=${bad}`]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`laiyuan: --concurrency takes auto or a whole number of 1 or more, not '${bad}'\n`);
    }
  });
});

// The whole test archive as a corpus folder (one page also as an HTML mirror, whose markup the
// articles' records keep), checked against every reprint, rewrite and clean page of the fixtures:
// the worker threads match with the index the main thread built, shared with them (shared-corpus.ts).
describe('check --concurrency over a corpus folder', () => {
  let big: Workspace;
  beforeAll(() => {
    big = makeWorkspace({ licence: true });
    cpSync(path.join(ROOT, 'fixtures/corpus/cri'), big.at('corpus'), { recursive: true });
    const page = readFileSync(path.join(ROOT, 'fixtures/corpus/cri/cri-16-wuhan-malasong-2024.txt'), 'utf8');
    const paragraphs = page.split('\n').filter((line) => line.trim() !== '').map((line) => `<p>${line.trim()}</p>`);
    big.write('corpus/mirror/cri-16.html', `<!doctype html><html><head><title>${page.split('\n')[2]}</title></head><body>${paragraphs.join('\n')}</body></html>\n`);
    for (const folder of ['reuse', 'paraphrase', 'negatives']) {
      for (const name of readdirSync(path.join(ROOT, 'fixtures', folder))) if (!name.endsWith('.json') && name !== 'README.md') big.write(`content/${folder}/${name}`, readFileSync(path.join(ROOT, 'fixtures', folder, name)));
    }
  });
  afterAll(() => rmSync(big.dir, { recursive: true, force: true }));

  it('gives on two and three threads, byte for byte, what the serial run gives', () => {
    const args = ['check', 'content', '--format', 'json'];
    const serial = laiyuan(big.dir, [...args, '--concurrency', '1'], { env: { LAIYUAN_DEBUG: '1' } });
    const results = parseJson(serial);
    expect(results.summary.filesChecked).toBeGreaterThan(100);
    expect(new Set(results.findings.map((f) => f.ruleId)).size).toBeGreaterThan(3);
    expect(results.summary.filesWithFindings).toBeGreaterThan(40);
    for (const threads of ['2', '3']) {
      const threaded = laiyuan(big.dir, [...args, '--concurrency', threads], { env: { LAIYUAN_DEBUG: '1' } });
      expect(threaded.stderr).toMatch(new RegExp(`on ${threads} threads \\(the main thread and ${Number(threads) - 1} worker`, 'u'));
      // a share of the batches checked on the main thread itself, not only handed out from it
      const [, here, all] = /the main thread checked (\d+) of the (\d+) files/u.exec(threaded.stderr) ?? [];
      expect(Number(here)).toBeGreaterThan(0);
      expect(Number(here)).toBeLessThan(Number(all));
      expect(threaded.stdout).toBe(serial.stdout);
      expect(threaded.status).toBe(serial.status);
    }
  });
});

describe('--concurrency auto', () => {
  it('takes a thread per 500 files up to one per core, and is serial for small runs', async () => {
    const { threadsFor } = await import('../../src/io/workers.js');
    expect(threadsFor('auto', 1000, 2)).toBe(2);
    expect(threadsFor('auto', 10000, 2)).toBe(2);
    expect(threadsFor('auto', 1000, 8)).toBe(2);
    expect(threadsFor('auto', 4000, 8)).toBe(8);
    expect(threadsFor('auto', 400, 8)).toBe(1);
    expect(threadsFor(3, 2, 8)).toBe(2);
  });
});

describe('--concurrency batches', () => {
  // a thread holds its last two batches when the queue runs dry: were they 32 files each, one
  // thread could go on checking some 64 files (0.2 s on the 10k set) while the other idles
  it('shrink to a file each as the files left run out, so that the threads finish together', async () => {
    const { batchSize } = await import('../../src/io/workers.js');
    const plan = (files: number, threads: number) => {
      const sizes: number[] = [];
      for (let left = files; left > 0; left -= sizes.at(-1) ?? 0) sizes.push(batchSize(left, threads));
      return sizes;
    };
    const big = plan(10_000, 2);
    expect(big.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(big[0]).toBe(32);
    expect(Math.max(...big)).toBe(32);
    expect(big.slice(-16)).toEqual(new Array(16).fill(1));
    expect(big.findLastIndex((n) => n === 32)).toBeGreaterThan(big.length - 120);
    expect(big.slice(1).every((n, i) => n <= big[i])).toBe(true);
    expect(plan(18, 3)).toEqual(new Array(18).fill(1));
  });
});
