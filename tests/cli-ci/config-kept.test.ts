// check --cache keeps the config and its packs beside the results (src/io/config-kept.ts): a later
// run takes them while every text they were made from reads as it did, and reads them again when
// one changes, so that a warm run answers as a run without the cache would.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, ROOT, settle, type Workspace } from './workspace.js';

let ws: Workspace;

function project(): Workspace {
  ws = makeWorkspace({ licence: true, content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
  return ws;
}

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

const CACHED = ['check', 'content', '--cache', '--format', 'json'];

/** The severity of the first nonstandard-attribution finding (b-alias credits 来源：国际在线网). */
function severity(stdout: string): string | undefined {
  return (parseJson({ status: 0, stdout, stderr: '' }).findings as Array<{ ruleId: string; severity?: string }>).find((f) => f.ruleId === 'nonstandard-attribution')?.severity;
}

describe('check --cache keeps the config and packs (built CLI)', () => {
  it('takes an edited config as edited, and reports a broken one as a run without the cache does', () => {
    project();
    const cold = laiyuan(ws.dir, CACHED);
    expect(statSync(ws.at('.laiyuan-cache/config.bin')).isFile()).toBe(true);
    expect(severity(cold.stdout)).toBe('warning');
    expect(laiyuan(ws.dir, CACHED).stdout).toBe(cold.stdout);
    writeFileSync(ws.at('laiyuan.yaml'), `${ws.read('laiyuan.yaml').toString('utf8')}rules:\n  nonstandard-attribution: error\n`);
    const edited = laiyuan(ws.dir, CACHED);
    expect(severity(edited.stdout)).toBe('error');
    expect(edited.stdout).toBe(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stdout);
    // the same text again: the config kept is the edited one
    expect(severity(laiyuan(ws.dir, CACHED).stdout)).toBe('error');
    writeFileSync(ws.at('laiyuan.yaml'), ws.read('laiyuan.yaml').toString('utf8').replace('packs: [cri]', 'packs: [cri, cri]'));
    const broken = laiyuan(ws.dir, CACHED);
    const plain = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe("laiyuan: laiyuan.yaml:1:14: pack 'cri' is listed twice (packs[1])\n");
    expect(broken.stderr).toBe(plain.stderr);
  });

  it('reads a pack file edited since as edited', () => {
    project();
    mkdirSync(ws.at('packs'));
    copyFileSync(path.join(ROOT, 'rules/cri.yaml'), ws.at('packs/cri.yaml'));
    writeFileSync(ws.at('laiyuan.yaml'), ws.read('laiyuan.yaml').toString('utf8').replace('packs: [cri]', 'packs: [packs/cri.yaml]'));
    const cold = laiyuan(ws.dir, CACHED);
    expect(severity(cold.stdout)).toBe('warning');
    expect(laiyuan(ws.dir, CACHED).stdout).toBe(cold.stdout);
    const pack = readFileSync(ws.at('packs/cri.yaml'), 'utf8');
    expect(pack).toContain('topChars: 200');
    writeFileSync(ws.at('packs/cri.yaml'), pack.replace('topChars: 200', 'topChars: -1'));
    const broken = laiyuan(ws.dir, CACHED);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^laiyuan: packs\/cri\.yaml:\d+:\d+: expected a number >= 1, got -1 \(attribution\.topChars\)$/mu);
    expect(broken.stderr).toBe(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stderr);
  });

  it('writes nothing in the cache folder on a run with nothing new to keep', async () => {
    project();
    laiyuan(ws.dir, CACHED);
    await settle();
    // the files' stats are kept once settled: this run has that to write
    const warm = laiyuan(ws.dir, CACHED);
    const files = () => Object.fromEntries(readdirSync(ws.at('.laiyuan-cache')).map((name) => [name, (({ ino, mtimeMs, size }) => ({ ino, mtimeMs, size }))(statSync(ws.at(`.laiyuan-cache/${name}`)))]));
    const before = files();
    expect(Object.keys(before).sort()).toEqual(['.gitignore', 'config.bin', 'corpus-stamps.json', 'index-cri.bin', 'results.bin']);
    const again = laiyuan(ws.dir, CACHED);
    expect(again.stdout).toBe(warm.stdout);
    expect(files()).toEqual(before);
  });
});
