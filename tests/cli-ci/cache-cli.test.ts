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
    expect(existsSync(ws.at('.laiyuan-cache/results.json'))).toBe(true);
    expect(existsSync(ws.at('.laiyuan-cache/index-cri.bin'))).toBe(true);
    expect(readFileSync(ws.at('.laiyuan-cache/.gitignore'), 'utf8')).toMatch(/^\*$/mu);
    const second = laiyuan(ws.dir, ['check', 'content', '--cache', '--format', 'json']);
    expect(parseJson(first).findings.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    expect(second.stderr).toBe('');
  });

  it('uses node_modules/.cache/laiyuan when node_modules stands beside the config, and --cache-location when given', () => {
    project();
    mkdirSync(ws.at('node_modules'));
    laiyuan(ws.at('content'), ['check', '.', '--cache']);
    expect(existsSync(ws.at('node_modules/.cache/laiyuan/results.json'))).toBe(true);
    expect(existsSync(ws.at('.laiyuan-cache'))).toBe(false);
    laiyuan(ws.dir, ['check', 'content', '--cache-location', 'build/缓存']);
    expect(existsSync(ws.at('build/缓存/results.json'))).toBe(true);
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
