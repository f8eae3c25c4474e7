import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

// A site inside a bigger repository with a laiyuan.yaml of its own: `match` and `check`, run from
// the top on a file of the site, read the site's config (the nearest above the file), so that the
// two agree. `match` read the working directory's before, comparing with another archive.
let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ licence: false });
  ws.write('site/laiyuan.yaml', 'packs: [cri]\ncorpus:\n  cri: [archive/]\n');
  // the site's archive holds another 国际在线 article than the one its page reprints
  ws.write('site/archive/cri-07.txt', readFileSync(path.join(ROOT, 'fixtures/corpus/cri/cri-07-hanchao-chengse-yujing.txt')));
  ws.write('site/changbaishan.txt', reprint(REPRINTS.none));
  ws.write('content/changbaishan.txt', reprint(REPRINTS.none));
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('match reads the config check reads', () => {
  it('the nearest laiyuan.yaml above the file named, not the working directory\'s', () => {
    const checked = parseJson(laiyuan(ws.dir, ['check', 'site/changbaishan.txt', '--format', 'json']));
    const matched = JSON.parse(laiyuan(ws.dir, ['match', 'site/changbaishan.txt', '--format', 'json']).stdout) as { file: string; reuses: unknown[] }[];
    expect(checked.findings).toEqual([]);
    expect(matched).toEqual([{ file: 'site/changbaishan.txt', reuses: [] }]);
  });

  it('the working directory\'s, as check, for a file with none nearer', () => {
    const checked = JSON.parse(laiyuan(ws.dir, ['check', 'content/changbaishan.txt', '--format', 'json']).stdout) as { findings: { ruleId: string; source: { articleId: string } | null }[] };
    const matched = JSON.parse(laiyuan(ws.dir, ['match', 'content/changbaishan.txt', '--format', 'json']).stdout) as { reuses: { source: { articleId: string } }[] }[];
    expect(checked.findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
    expect(matched[0].reuses.map((r) => r.source.articleId)).toEqual([...new Set(checked.findings.flatMap((f) => (f.source ? [f.source.articleId] : [])))]);
  });
});
