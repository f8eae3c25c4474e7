import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/core/suppress/baseline.js';
import { laiyuan } from '../e2e/cli.js';
import { edited } from './edited.js';
import { fixture } from '../helpers/docs.js';
import { checkJson, workspace } from '../suppressions/workspace.js';

const R03 = fixture('reuse/r03-dunhuang-wrong-source.html');
const R04 = fixture('reuse/r04-changbaishan-no-attribution.txt');
const R01 = fixture('reuse/r01-zhongou-banlie-dongbeiwang.txt');

describe('laiyuan check --write-baseline / --baseline / --prune-baseline (built CLI)', () => {
  it('round trip: written, then old findings stay known after edits and only a new violation is reported', () => {
    const { dir, write, read } = workspace({ 'content/dunhuang.html': R03, 'content/changbaishan.txt': R04 });
    const before = checkJson(dir, ['content']);
    expect(before.results.findings.map((f) => f.ruleId).sort()).toEqual(['unauthorized-reuse', 'unauthorized-reuse', 'wrong-source']);

    const written = checkJson(dir, ['content', '--write-baseline', '.laiyuan/baseline.json']);
    expect(written.code).toBe(0);
    expect(written.results.findings).toEqual([]);
    expect(written.stderr).toContain('wrote 3 finding(s) of 2 file(s) to .laiyuan/baseline.json');
    const baseline = JSON.parse(read('.laiyuan/baseline.json')) as Baseline;
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e) => [e.file, e.ruleId, e.count])).toEqual([
      ['../content/changbaishan.txt', 'unauthorized-reuse', 1],
      ['../content/dunhuang.html', 'unauthorized-reuse', 1],
      ['../content/dunhuang.html', 'wrong-source', 1],
    ]);
    const fingerprints = before.results.findings.map((f) => f.fingerprint).sort();
    expect(baseline.entries.map((e) => e.fingerprint).sort()).toEqual(fingerprints);

    write('content/dunhuang.html', edited(R03));
    write('content/changbaishan.txt', edited(R04));
    const moved = checkJson(dir, ['content', '--baseline', '.laiyuan/baseline.json']);
    expect(checkJson(dir, ['content']).results.findings.map((f) => f.line).sort()).not.toEqual(before.results.findings.map((f) => f.line).sort());
    expect(moved.results.findings).toEqual([]);
    expect(moved.code).toBe(0);
    expect(moved.stderr).toContain('3 finding(s) recorded in .laiyuan/baseline.json not reported');

    write('content/zhongou.txt', R01);
    const fresh = checkJson(dir, ['content', '--baseline', '.laiyuan/baseline.json']);
    expect(fresh.results.findings.map((f) => [f.file, f.ruleId])).toEqual([['content/zhongou.txt', 'unauthorized-reuse']]);
    expect(fresh.code).toBe(1);
  });

  it('paths are recorded relative to the baseline, so it works from another folder', () => {
    const { dir } = workspace({ 'content/dunhuang.html': R03 });
    expect(checkJson(dir, ['content', '--write-baseline', 'baseline.json']).code).toBe(0);
    const inside = checkJson(path.join(dir, 'content'), ['.', '--baseline', '../baseline.json']);
    expect(inside.results.findings).toEqual([]);
    expect(inside.code).toBe(0);
  });

  it('--prune-baseline drops findings that were fixed (a licence obtained) and files that were deleted, and keeps unchecked ones', () => {
    const { dir, write, read } = workspace({ 'content/dunhuang.html': R03, 'content/changbaishan.txt': R04, 'archive/zhongou.txt': R01 });
    checkJson(dir, ['content', 'archive', '--write-baseline', 'baseline.json']);
    write('laiyuan.yaml', 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nlicences:\n  - publisher: cri\n    licensee: 北方新闻网\n    actions: [转载]\n    paths: [content/dunhuang.html]\n');
    rmSync(path.join(dir, 'content/changbaishan.txt'));
    const pruned = checkJson(dir, ['content', '--baseline', 'baseline.json', '--prune-baseline']);
    expect(pruned.results.findings).toEqual([]);
    expect(pruned.stderr).toContain('removed 2 finding(s) that no longer occur from baseline.json');
    const entries = (JSON.parse(read('baseline.json')) as Baseline).entries.map((e) => `${e.file} ${e.ruleId}`);
    expect(entries).toEqual(['archive/zhongou.txt unauthorized-reuse', 'content/dunhuang.html wrong-source']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a broken or missing baseline stops the run with one line: the file, where, and what to do (exit 2)', () => {
    const { dir, write } = workspace({ 'content/dunhuang.html': R03 });
    write('baseline.json', '{\n  "version": 1,\n  "entries": [\n    {"fingerprint": "f6d0b80d23d948f1", "ruleId": "wrong-source", "file": "content/dunhuang.html", "count": 1},\n  ]\n}\n');
    const broken = laiyuan(['check', 'content', '--baseline', 'baseline.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^laiyuan: baseline\.json:5:3: not valid JSON.*; fix it, or record a new baseline with --write-baseline baseline\.json\n$/u);

    write('baseline.json', JSON.stringify({ version: 1, entries: [{ fingerprint: 'f6d0b80d23d948f1', ruleId: 'wrong-source', file: 'content/dunhuang.html', count: '1' }] }));
    const shape = laiyuan(['check', 'content', '--baseline', 'baseline.json'], { cwd: dir });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('baseline.json: expected a whole number of 1 or more (entries[0].count)');

    const missing = laiyuan(['check', 'content', '--baseline', 'nothing-here.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('laiyuan: nothing-here.json: cannot read the baseline (no such file); fix it, or record a new baseline with --write-baseline nothing-here.json\n');

    const prune = laiyuan(['check', 'content', '--prune-baseline'], { cwd: dir });
    expect(prune.code).toBe(2);
    expect(prune.stderr).toBe('laiyuan: --prune-baseline needs --baseline <file>: name the baseline to prune\n');
  });
});
