// The reuses found from few shared fingerprints (fixtures/few-shared, tests/match/few-shared)
// judged by check as a user runs it, over the corpus folders and over an index built from them
// with index build: each file's findings, by rule, article and kind of use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { useSite } from '../helpers/common-phrase.js';
import { REPORT, teaserBriefsSite } from '../helpers/teaser-briefs.js';
import { laiyuan, type Run } from './cli.js';

interface Report {
  findings: Array<{ file: string; ruleId: string; message: string; source: { articleId: string } | null; reuse: { kind: string } | null }>;
}

const DIR = 'fixtures/few-shared';
const CRI_01 = 'cri-01-zhongou-banlie-changchun';
const CSWB_01 = 'cswb-01-changmanou-400lie';
const FILES = ['f01-banlie-three-clauses-edited.txt', 'f02-banlie-reworded.txt', 'f03-banlie-reprint-beside-reworded.txt'];

const EXPECTED: Record<string, string[][]> = {
  'f01-banlie-three-clauses-edited.txt': [['unauthorized-reuse', CRI_01, 'edited']],
  // the 城市晚报 article it takes whole goes uncredited; the 洗稿 of cri-01 ranks second
  'f02-banlie-reworded.txt': [
    ['missing-attribution', CSWB_01, 'reprint'],
    ['unauthorized-reuse', CRI_01, 'edited'],
  ],
  // dated (cri-01's date) the day before the 城市晚报 article it rewords
  'f03-banlie-reprint-beside-reworded.txt': [
    ['predates-source', CSWB_01, 'edited'],
    ['unauthorized-reuse', CRI_01, 'reprint'],
  ],
};

let dir = '';
const config = () => path.join(dir, 'laiyuan.yaml');

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-few-shared-'));
  const corpus = ['fixtures/corpus/cri', 'fixtures/seed', `${DIR}/corpus`].map((p) => `'${path.join(ROOT, p)}'`).join(', ');
  writeFileSync(config(), `packs: [cri]\ncorpus:\n  cri: [${corpus}]\n`);
  expect(laiyuan(['index', 'build', '--config', config(), '-o', path.join(dir, 'archive.lyx')]).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Per file checked, its findings on an archive article: [rule, article, kind], sorted. */
function findings(extra: string[]): Record<string, string[][]> {
  return byFile(laiyuan(['check', ...FILES.map((f) => `${DIR}/${f}`), '--config', config(), '--format', 'json', '--date', '2025-06-01', ...extra]));
}

function byFile(run: Run): Record<string, string[][]> {
  expect(run.code, run.stderr).toBe(1);
  const out: Record<string, string[][]> = {};
  for (const f of (JSON.parse(run.stdout) as Report).findings) {
    if (f.source && f.reuse) (out[path.basename(f.file)] ??= []).push([f.ruleId, f.source.articleId, f.reuse.kind]);
  }
  for (const list of Object.values(out)) list.sort((x, y) => x.join().localeCompare(y.join()));
  return out;
}

describe('check finds the reuses shared by few fingerprints', () => {
  it('over the corpus folders', () => {
    expect(findings([])).toEqual(EXPECTED);
  });

  it('over an index built from them', () => {
    expect(findings(['--index', path.join(dir, 'archive.lyx')])).toEqual(EXPECTED);
  });

  // cswb-01 is a 城市晚报 article in 国际在线's archive: the message names it as 城市晚报's
  it("f03's predates-source names the 城市晚报 article as 城市晚报's, not 国际在线's", () => {
    const run = laiyuan(['check', `${DIR}/${FILES[2]}`, '--config', config(), '--format', 'json', '--date', '2025-06-01']);
    const found = (JSON.parse(run.stdout) as Report).findings.find((f) => f.ruleId === 'predates-source');
    expect(found?.message).toMatch(/^本文日期 2023-11-21 早于城市晚报《长满欧通道年发车量超过400列》的日期 2023-11-22：两文改编关系可能相反（城市晚报转载了本文）/u);
  });
});

describe('check finds the reuse of a candidate ranked 31st of 31, sharing 5 fingerprints', () => {
  const site = useSite('laiyuan-teasers-', teaserBriefsSite);
  const expected = { [REPORT]: [['unauthorized-reuse', 'cri-01-zhongou-banlie-changchun', 'edited']] };
  const args = ['check', 'content', '--format', 'json', '--date', '2025-06-01'];

  it('over the corpus folder', () => {
    expect(byFile(site.run(args))).toEqual(expected);
  });

  it('over an index built from it', () => {
    expect(byFile(site.run([...args, '--index', 'archive.lyx']))).toEqual(expected);
  });
});
