import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;

function project(): Workspace {
  ws = makeWorkspace({ licence: true, content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
  return ws;
}

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --cache (built CLI)', () => {
  it('keeps the cache in .laiyuan-cache beside the config, ignored by git, and gives the same report from it', () => {
    project();
    const first = laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']);
    expect(existsSync(ws.at('.laiyuan-cache/results.bin'))).toBe(true);
    expect(existsSync(ws.at('.laiyuan-cache/corpus-stamps.json'))).toBe(true);
    expect(existsSync(ws.at('.laiyuan-cache/index-cri.bin'))).toBe(true);
    expect(readFileSync(ws.at('.laiyuan-cache/.gitignore'), 'utf8')).toMatch(/^\*$/mu);
    const second = laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']);
    expect(parseJson(first).findings.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    expect(second.stderr).toBe('');
  });

  it('reports, cold and warm, byte for byte what an uncached run reports: corpus errors, source hashes and all', () => {
    project();
    // a corpus file with a line that is no JSON: an error the warm run, which reads no corpus, reports all the same
    ws.write('corpus/feed.jsonl', '{"title":"长白山雪季","text":"长白山雪季开启，滑雪爱好者纷至沓来。"}\n{坏行\n');
    const sourceHash = createHash('sha256').update(ws.read('corpus/cri-04-changbaishan-huaxue-jie.txt')).digest('hex');
    for (const format of ['json', 'sarif', 'html']) {
      const plain = laiyuan(ws.dir, ['check', 'content', '--format', format]);
      expect(plain.stdout).toContain('corpus/feed.jsonl');
      // the evidence report names each source article's SHA-256: the warm run knows it from the corpus stamps
      if (format === 'html') expect(plain.stdout).toContain(sourceHash);
      const cold = laiyuan(ws.dir, ['check', 'content', '--format', format, '--cache-location', `cache-${format}`]);
      const warm = laiyuan(ws.dir, ['check', 'content', '--format', format, '--cache-location', `cache-${format}`]);
      const timeless = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/gu, 'T');
      for (const run of [cold, warm]) {
        expect(timeless(run.stdout)).toBe(timeless(plain.stdout));
        expect(run.status).toBe(plain.status);
        expect(run.stderr).toBe(plain.stderr);
      }
    }
  });

  it('uses node_modules/.cache/laiyuan when node_modules stands beside the config, and --cache-location when given', () => {
    project();
    mkdirSync(ws.at('node_modules'));
    laiyuan(ws.at('content'), ['check', '.', '--cache']);
    expect(existsSync(ws.at('node_modules/.cache/laiyuan/results.bin'))).toBe(true);
    expect(existsSync(ws.at('.laiyuan-cache'))).toBe(false);
    laiyuan(ws.dir, ['check', 'content', '--cache-location', 'build/缓存']);
    expect(existsSync(ws.at('build/缓存/results.bin'))).toBe(true);
  });

  it('goes on with one note when the cache cannot be written, and the same report', () => {
    project();
    const plain = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    ws.write('not-a-folder', '这是一个文件');
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--cache-location', 'not-a-folder/cache']);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.status).toBe(plain.status);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: note: cannot write the (index )?cache .*not-a-folder\/cache.*the run goes on without it$/u)]);
  });

  it('keeps inline suppressions working on results from the cache', () => {
    project();
    ws.write('content/d-suppressed.txt', `# laiyuan-disable-file missing-attribution -- 长白山管委会通稿，来源另行标注\n${reprint(REPRINTS.none).toString('utf8')}`);
    const first = parseJson(laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']));
    const second = parseJson(laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']));
    expect(first.findings.filter((f) => f.file === 'content/d-suppressed.txt')).toEqual([]);
    expect(second).toEqual(first);
  });
});
