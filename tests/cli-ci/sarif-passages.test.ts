// A document that takes two passages of one article under a wrong credit gets one wrong-source
// finding (at the credit) and one unauthorized-reuse (at the first passage); SARIF names every line
// the reuse takes in the document among each finding's related locations, the second passage too.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, ROOT, type Workspace } from './workspace.js';

const CORPUS_PAGE = path.join(ROOT, 'fixtures/corpus/cri/cri-03-dunhuang-bihua-budapeisi.txt');
const BODY = readFileSync(CORPUS_PAGE, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('  '))
  .map((l) => l.trim());
const OWN = '业内人士认为，数字技术让文物走出洞窟、走出国门，今后还会有更多这样的展览与海外观众见面。';

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --format sarif on two passages of one article under a wrong credit', () => {
  it('lists both passages of the document among the related locations of each finding', () => {
    expect(BODY.length).toBeGreaterThan(3);
    ws = makeWorkspace();
    // lines: 1 headline, 2 credit, 4 first passage, 6 own words, 8 second passage
    ws.write('content/dunhuang.txt', ['数字敦煌艺术展走进布达佩斯', '来源：新华网', '', BODY[0], '', OWN, '', BODY[BODY.length - 1], ''].join('\n'));
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'sarif']);
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results ?? [];
    const at = (r: Sarif.Result) => r.locations?.[0].physicalLocation?.region?.startLine;
    expect(results.map((r) => [r.ruleId, at(r)]).sort()).toEqual([['unauthorized-reuse', 4], ['wrong-source', 2]]);
    for (const result of results) {
      const reused = (result.relatedLocations ?? []).filter((l) => l.message?.text?.startsWith('reused passage'));
      expect(reused.map((l) => [l.message?.text, decodeURIComponent(l.physicalLocation?.artifactLocation?.uri ?? ''), l.physicalLocation?.region?.startLine, l.physicalLocation?.region?.endLine]), result.ruleId)
        .toEqual([['reused passage 1/2', 'content/dunhuang.txt', 4, 4], ['reused passage 2/2', 'content/dunhuang.txt', 8, 8]]);
    }
  });
});
