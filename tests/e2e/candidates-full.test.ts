// A 汇编 page that reprints 60 whole 快讯 of the archive: the matcher aligns 40 candidate articles
// per document at most (its cost bound), so the rest go unreported, and the run must say so (on
// standard error whatever the format, and in the JSON findings of the document), not pass over
// them in silence. A page that reprints a few says nothing of it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEFS, manyBriefsSite } from '../helpers/many-briefs.js';
import { useSite } from '../helpers/common-phrase.js';

interface Report {
  findings: Array<{ file: string; source: { articleId: string } | null; reuse: { candidatesFull?: true } | null }>;
}

const NOTE = /laiyuan: note: content\/huibian\.txt: (\d+) articles of pack 'cri' share text with it, more than the 40 a document is compared with; the 40 sharing the most were compared, the last of them reused too, so a reuse of the other (\d+) may go unreported; split the file \(one article a file\) to check them all\n/u;

function expectNoted(stderr: string): void {
  const note = NOTE.exec(stderr);
  expect(note, stderr).not.toBeNull();
  expect(Number(note?.[1])).toBeGreaterThanOrEqual(BRIEFS);
  expect(Number(note?.[1]) - Number(note?.[2])).toBe(40);
}

describe('a document that reuses more articles than are compared', () => {
  const site = useSite('laiyuan-briefs-', manyBriefsSite);
  it('says so in words on standard error, in every format, and marks its JSON findings', () => {
    for (const format of ['pretty', 'json', 'sarif', 'github']) expectNoted(site.run(['check', 'content', '--format', format]).stderr);
    const json = site.run(['check', 'content', '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(new Set(report.findings.map((f) => f.source?.articleId)).size).toBeGreaterThanOrEqual(38);
    const reuses = report.findings.filter((f) => f.reuse !== null);
    expect(reuses.length).toBeGreaterThan(0);
    for (const f of reuses) expect(f.reuse?.candidatesFull).toBe(true);
  });

  it('says so against the index file, and from match, too', () => {
    expectNoted(site.run(['check', 'content', '--index', 'archive.lyx', '--format', 'json']).stderr);
    expectNoted(site.run(['match', 'content/huibian.txt']).stderr);
  });

  it('names the record in a JSON Lines file, and says to split the record, not the file', () => {
    // the site's export: the 汇编 as the second record of a day's file, beside a short item of its own
    const huibian = readFileSync(path.join(site.dir(), 'content/huibian.txt'), 'utf8');
    const [title, , , ...body] = huibian.split('\n');
    const records = [
      { title: '示例新闻网元旦值班安排', date: '2024-01-01', source: '示例新闻网', text: '元旦假期期间，本网新闻中心实行二十四小时值班，热线电话照常开通。' },
      { title, date: '2024-01-05', source: '示例新闻网', text: body.join('\n') },
    ];
    writeFileSync(path.join(site.dir(), 'export.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const stderr = site.run(['check', 'export.jsonl', '--format', 'json']).stderr;
    expect(stderr).toMatch(/laiyuan: note: export\.jsonl \(record 2\): \d+ articles of pack 'cri' share text with it, .* may go unreported; split the record \(one article a record\) to check them all\n/u);
    expect(stderr).not.toContain('split the file');
  });

  it('says nothing of it for a page that reprints a few', () => {
    const run = site.run(['check', 'corpus/k01.txt', 'corpus/k02.txt', '--format', 'json']);
    expect(run.stderr).not.toContain('share text with it');
    expect(run.stdout).not.toContain('candidatesFull');
  });
});
