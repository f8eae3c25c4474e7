// An archive holding one 通稿 in seven versions (date and 编辑 lines changed, one updated with a
// sentence, the last with its figures corrected): a document that reuses it gets one finding per
// rule, against the version it matches best (the first, when all match alike), naming the other
// six (JSON, terminal, SARIF, GitHub), where it got one per version. A verbatim copy of the
// corrected version is a 转载 of it, not a 改编 of the first (a 转载 licence covers it). Two
// distinct articles stay two findings: a report on the 副中心站 that repeats the 通稿's background
// paragraph word for word (the same passage of the document), and a round-up excerpting the 通稿
// and the 崇礼 report. The corpus folder and the index file give the same report.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { useSite } from '../helpers/common-phrase.js';
import { nearCopiesSite, VERSIONS } from '../helpers/near-copies.js';

const { run } = useSite('laiyuan-near-copies-', nearCopiesSite);

const FIRST = 'cri-jingtang-v1';
const CORRECTED = `cri-jingtang-v${VERSIONS}`;
const OTHERS = Array.from({ length: VERSIONS - 1 }, (_, i) => `cri-jingtang-v${i + 2}`);

function findings(stdout: string, file: string): Finding[] {
  return (JSON.parse(stdout) as CheckResults).findings.filter((f) => path.basename(f.file) === file);
}

/** [rule, source article, ids of the other copies] of a file's findings on reused articles, sorted. */
function reuses(stdout: string, file: string): Array<[string, string, string[]]> {
  return findings(stdout, file)
    .filter((f) => f.source)
    .map((f): [string, string, string[]] => [f.ruleId, f.source?.articleId ?? '', (f.source?.alsoIn ?? []).map((c) => c.articleId)])
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
}

describe('a text the archive holds in near-identical versions is one finding per rule', () => {
  let report: ReturnType<typeof run> | undefined;
  /** The folder corpus's JSON report of content/, run once. */
  const json = () => (report ??= run(['check', 'content', '--format', 'json']));

  it('a reprint: one finding per rule, against the version published first, naming the other six with their addresses', () => {
    const { stdout, code } = json();
    expect(code).toBe(1);
    // before: an unauthorized-reuse per version published before the document, a predates-source per later one
    // (the background paragraph the 副中心站 report shares lies inside the reprint: no reuse of that report)
    expect(reuses(stdout, 'reprint.txt')).toEqual([
      ['unauthorized-reuse', FIRST, OTHERS],
      ['wrong-source', FIRST, OTHERS],
    ]);
    const reprint = findings(stdout, 'reprint.txt').find((f) => f.ruleId === 'unauthorized-reuse' && f.source?.articleId === FIRST);
    expect(reprint?.reuse).toMatchObject({ kind: 'reprint', coverage: expect.closeTo(0.92, 2) });
    expect(reprint?.source?.alsoIn?.[0]).toEqual({
      articleId: 'cri-jingtang-v2',
      file: 'corpus/archive.jsonl',
      url: 'https://news.cri.cn/20241226/jingtang-2.html',
      date: '2024-12-27',
      record: 2,
    });
  });

  it('an edited copy: one 改编 finding, not one per version', () => {
    const { stdout } = json();
    expect(reuses(stdout, 'edited.txt')).toEqual([
      ['unauthorized-reuse', FIRST, OTHERS],
      ['wrong-source', FIRST, OTHERS],
    ]);
    expect(findings(stdout, 'edited.txt')[0].reuse?.kind).toBe('edited');
  });

  it('an excerpt of two distinct articles: two findings, the 通稿 naming its other versions', () => {
    expect(reuses(json().stdout, 'two-stories.txt')).toEqual([
      ['unauthorized-reuse', FIRST, OTHERS],
      ['unauthorized-reuse', 'cri-snow-1130', []],
      ['wrong-source', FIRST, OTHERS],
      ['wrong-source', 'cri-snow-1130', []],
    ]);
  });

  it('a paragraph two distinct articles share: the same passage, still two findings', () => {
    const found = findings(json().stdout, 'background.txt').filter((f) => f.ruleId === 'unauthorized-reuse');
    expect(found.map((f) => [f.source?.articleId, f.source?.alsoIn?.length ?? 0]).sort()).toEqual([['cri-hub-1118', 0], [FIRST, VERSIONS - 1]]);
    expect(new Set(found.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).size).toBe(1);
  });

  it('the index file gives the same report', () => {
    expect(run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']).stdout).toBe(json().stdout);
  });

  it('the terminal shows one row per finding and one short line naming the other versions', () => {
    const { stdout } = run(['check', 'content/edited.txt', '--no-color']);
    expect(stdout.match(/unauthorized-reuse/gu)).toHaveLength(1);
    expect(stdout.match(new RegExp(`另见存档中 ${VERSIONS - 1} 篇同文文章：cri-jingtang-v2、`, 'gu'))).toHaveLength(2);
  });

  it('GitHub gets one annotation naming the other versions; SARIF lists them as related locations', () => {
    const github = run(['check', 'content/edited.txt', '--format', 'github']).stdout.trim().split('\n');
    expect(github).toHaveLength(2);
    for (const line of github) expect(line).toContain(`另见存档中 ${VERSIONS - 1} 篇同文文章：${OTHERS.join('、')}%0A处理：`);
    const sarif = JSON.parse(run(['check', 'content/edited.txt', '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ relatedLocations: Array<{ message: { text: string } }>; properties: { source: { alsoIn: unknown[] } } }> }> };
    const [result] = sarif.runs[0].results;
    expect(result.properties.source.alsoIn).toHaveLength(VERSIONS - 1);
    expect(result.relatedLocations.map((l) => l.message.text).filter((t) => t.startsWith('same text'))).toEqual(OTHERS.map((id, i) => `same text: archive article ${id} (https://news.cri.cn/20241226/jingtang-${i + 2}.html)`));
  });

  it('match names the version published first and the others, whole ids, then how many more', () => {
    const { stdout } = run(['match', 'content/reprint.txt']);
    expect(stdout.match(/cri-jingtang-v1 《/gu)).toHaveLength(1);
    // before: '…, cri-jingtang-v5, cri-jingt…', an id cut in two and the rest untold
    expect(stdout).toContain(`also in ${VERSIONS - 1} other archive articles: cri-jingtang-v2, cri-jingtang-v3, cri-jingtang-v4, cri-jingtang-v5, … and 2 more\n`);
    expect(stdout).not.toContain('cri-jingtang-v3 《');
  });

  it('a verbatim copy of the corrected version: a 转载 of it, similarity 1, the earlier versions named as copies', () => {
    // before: a 改编 of the first version, similarity 0.96, its changed figures shown as the outlet's edits
    const found = findings(json().stdout, 'corrected.txt').filter((f) => !f.file.includes('licensed') && f.source?.articleId.startsWith('cri-jingtang'));
    expect(found.map((f) => [f.ruleId, f.source?.articleId, f.source?.alsoIn?.map((c) => c.articleId)])).toEqual([
      ['unauthorized-reuse', CORRECTED, [FIRST, ...OTHERS.slice(0, -1)]],
      ['wrong-source', CORRECTED, [FIRST, ...OTHERS.slice(0, -1)]],
    ]);
    for (const f of found) expect(f.reuse).toMatchObject({ kind: 'reprint', similarity: 1 });
    expect(found[0].message).toMatch(/^转载了国际在线的文章/u);
    const { stdout } = run(['match', 'content/corrected.txt']);
    expect(stdout).toContain(`转载 reprint  ${CORRECTED} 《`);
    expect(stdout).toContain('similarity 1.00\n  also in 6 other archive articles: cri-jingtang-v1, ');
  });

  it('under a 转载 licence, a verbatim copy of the corrected version is in scope', () => {
    // before: out-of-scope, 授权范围为「转载」，本文属于「改编」
    const found = findings(json().stdout, 'corrected.txt').filter((f) => f.file.includes('licensed'));
    const onStory = found.filter((f) => f.source?.articleId.startsWith('cri-jingtang'));
    expect(onStory.map((f) => f.ruleId)).toEqual([]);
    // nor is the background paragraph the 副中心站 report shares, inside the reprint, an excerpt (摘编) of that report
    expect(found.map((f) => [f.ruleId, f.source?.articleId, f.reuse?.kind])).toEqual([]);
    const match = JSON.parse(run(['match', 'content/licensed/corrected.txt', '--format', 'json']).stdout) as Array<{ reuses: Array<{ source: { articleId: string }; kind: string }> }>;
    expect(match[0].reuses[0]).toMatchObject({ source: { articleId: CORRECTED }, kind: 'reprint' });
  });

  it('who published first goes by the earliest version: a copy dated between the first and the correction is no predates-source', () => {
    // the document (2024-12-29) is older than the correction (2025-01-03) it copies, not than the 通稿 (2024-12-26)
    const found = findings(json().stdout, 'dated-between.txt').filter((f) => f.source?.articleId.startsWith('cri-jingtang'));
    expect(found.map((f) => [f.ruleId, f.source?.articleId])).toEqual([
      ['unauthorized-reuse', CORRECTED],
      ['wrong-source', CORRECTED],
    ]);
  });
});
