// check and match over corpus folders (no index) pass over a corpus file bigger than --max-file-size
// (5 MB by default) with a note, as index build does, and use the rest: the same archive stopped
// them with exit 2 where index build went on. The note names the file, the limit and how to raise
// it, worded apart from check's note on a file to check that is over the same limit. A user who
// lowered the one limit to pass over huge files to check was told "documents are compared with the
// rest of the corpus": the note now says that reuse of the article will not be found, and how to
// keep the corpus to a limit of its own (an index built with one).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-corpus-size-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(args, { cwd: site });

const EXPORT = 'corpus/全站导出.txt';
/** What a corpus file (a record) over the limit costs, and how to keep the corpus to a limit of its own. */
const LOST = "the one --max-file-size holds for the corpus and the files checked alike: raise it to read this";
const OWN_LIMIT = 'or check against an index built with a limit of its own (laiyuan index build <corpus> -o <file> --max-file-size <size>, then --index <file>)';
const EXPORT_NOTE = `laiyuan: note: corpus/全站导出.txt: is 5.6 MB, over the 5 MB limit: not read; reuse of this corpus file's articles will not be found; ${LOST} file, ${OWN_LIMIT}\n`;
/** Reposted from 吉林日报 through the archive page of 国际在线: the corpus's page alone tells the story's origin. */
const GUOJIA = 'content/news/2022-03-jilin-guojia-buwei.md';
/** The 吉林日报 story that 示例新闻网 reposted with no credit: only the corpus's archive page holds it. */
const JILIN = 'content/news/2022-03-jilin-zhenxing-xindongneng.html';

/** The whole archive pasted into one text file, again and again, past 5.5 MB: an export dropped in the corpus folder. */
function writeExport(): void {
  const corpus = path.join(site, 'corpus');
  const pages = readdirSync(corpus).map((f) => readFileSync(path.join(corpus, f), 'utf8')).join('\n\n');
  writeFileSync(path.join(site, EXPORT), pages.repeat(Math.ceil((5.5 * 1024 * 1024) / Buffer.byteLength(pages))));
}

describe('a corpus file over --max-file-size, read by check and match from the corpus folders', { timeout: 120000 }, () => {
  it('check passes it over with one note and reports what the rest of the corpus gives, as without it', () => {
    const without = run(['check', 'content', '-f', 'json']);
    writeExport();
    const r = run(['check', 'content', '-f', 'json']);
    expect(r.stderr).toBe(EXPORT_NOTE);
    expect(r.code).toBe(without.code);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { errors: unknown[]; summary: unknown };
    expect(report.errors).toEqual([]);
    expect(report.summary).toEqual((JSON.parse(without.stdout) as { summary: unknown }).summary);
  });

  it('match passes it over with the same note and finds the reuse in the rest', () => {
    writeExport();
    const r = run(['match', 'content/news/2021-12-chaganhu-dongbu-fanti.txt']);
    expect(r.stderr).toBe(EXPORT_NOTE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cri-18-chaganhu-dongbu-kaimu.txt');
  });

  it('a raised --max-file-size reads it, in check and match alike', () => {
    writeExport();
    const checked = run(['check', 'content', '--max-file-size', '6MB', '-f', 'json']);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('全站导出');
    const matched = run(['match', 'content/news/2021-12-chaganhu-dongbu-fanti.txt', '--max-file-size', '6MB']);
    expect(matched.stderr).toBe('');
    expect(matched.stdout).toContain('全站导出.txt');
  });

  it('a file to check and a corpus file over the same limit are told apart: the archive page left out, the note says its reuse goes unfound and how to keep the corpus to a limit of its own', () => {
    const r = run(['check', 'content', '--max-file-size', '4500']);
    expect(r.stderr).toBe(
      `laiyuan: note: corpus/cri-page-jilin-2022-03-04.txt: is 6403 bytes, over the 4500 bytes limit: not read; reuse of this corpus file's articles will not be found; ${LOST} file, ${OWN_LIMIT}\n` +
        `laiyuan: note: ${JILIN}: is 4696 bytes, over the 4500 bytes limit: not read; raise --max-file-size to check it, or leave it out\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('吉林日报');
    // as the note says: the corpus indexed at its own limit, the files checked held to 4500 bytes
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx', '--max-file-size', '5MB']).code).toBe(0);
    const own = run(['check', 'content', '--index', 'archive.lyx', '--max-file-size', '4500', '-f', 'json']);
    expect(own.stderr).toBe(`laiyuan: note: ${JILIN}: is 4696 bytes, over the 4500 bytes limit: not read; raise --max-file-size to check it, or leave it out\n`);
    const findings = (JSON.parse(own.stdout) as { findings: Array<{ file: string; ruleId: string }> }).findings;
    expect(findings.filter((f) => f.file === GUOJIA).map((f) => f.ruleId)).toEqual(['wrong-source']);
  });

  it('--cache: a warm run gives the note again, and a raised limit is another archive, read', () => {
    writeExport();
    const cold = run(['check', 'content', '--cache', '-f', 'json']);
    expect(cold.stderr).toBe(EXPORT_NOTE);
    const warm = run(['check', 'content', '--cache', '-f', 'json']);
    expect(warm.stderr).toBe(EXPORT_NOTE);
    expect(warm.stdout).toBe(cold.stdout);
    const raised = run(['check', 'content', '--cache', '-f', 'json', '--max-file-size', '6MB']);
    expect(raised.stderr).toBe('');
    expect(raised.stdout).toContain('全站导出');
  });

  it('a JSON Lines record over the limit is passed over with a note, the other records read', () => {
    const record = (id: string, title: string, text: string) => JSON.stringify({ id, title, source: '国际在线', date: '2024-12-28', text });
    const story = readFileSync(path.join(site, 'corpus/cri-18-chaganhu-dongbu-kaimu.txt'), 'utf8');
    const lost = '合订本：'.concat('吉林日报'.repeat(3000));
    writeFileSync(path.join(site, 'corpus/稿库.jsonl'), `${record('cri-2024-1', '合订本', lost)}\n${record('cri-2024-2', '查干湖冬捕节开幕', story)}\n`);
    const r = run(['match', 'content/news/2021-12-chaganhu-dongbu-fanti.txt', '--max-file-size', '20k']);
    expect(r.stderr).toBe(
      `laiyuan: note: corpus/稿库.jsonl:1: this line is over the 20480 bytes limit a record is held to: not read; reuse of this corpus article will not be found; ${LOST} record (or, if records lost their line breaks, put each article on a line of its own), ${OWN_LIMIT}\n`,
    );
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cri-2024-2');
  });
});
