// A JSON Lines file is records, not an image: a line holding a NUL byte is that line's error
// (file, line), and the file's other records are read, as for any other bad line. Before, the
// whole file was passed over as binary, and a corpus lost its records without a word.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/io/read-file.js';
import { laiyuan } from '../e2e/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-jsonl-nul-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RECORDS = [
  { id: 'cri-2024-0412', title: '长白山冰雪季开幕', date: '2024-01-12', source: '国际在线', text: '1月12日，第十一届长白山国际滑雪节在吉林省白山市开幕。本届滑雪节以“冰雪长白山，激情新时代”为主题，持续至3月底，期间将举办高山滑雪邀请赛、冰雪摄影展等二十余项活动。' },
  { id: 'cri-2024-0413', title: '洋山港集装箱吞吐量创新高', date: '2024-01-13', source: '国际在线', text: '记者从上海国际港务集团获悉，2023年上海港集装箱吞吐量达4915.8万标准箱，连续十四年位居全球第一。洋山深水港四期自动化码头全年作业量突破700万标准箱。' },
  { id: 'cri-2024-0414', title: '酒泉一箭四星', date: '2024-01-14', source: '国际在线', text: '1月14日，我国在酒泉卫星发射中心使用快舟一号甲运载火箭，以一箭四星方式将天目一号气象星座卫星发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。' },
];

/** The three records a line each (CRLF or LF), the second with a NUL byte inside its text; in UTF-8, or GB18030. */
function archiveBytes(eol = '\n', encode: (text: string) => Buffer = (text) => Buffer.from(text, 'utf8')): Buffer {
  const lines = RECORDS.map((r) => encode(JSON.stringify(r)));
  lines[1] = encode(JSON.stringify(RECORDS[1]).replace('标准箱，连续', '标准箱，\u0000连续'));
  expect(lines[1].includes(0)).toBe(true);
  return Buffer.concat(lines.flatMap((line) => [line, Buffer.from(eol)]));
}

/** The NUL's column in line 2, counted in characters (code points) as the other JSON Lines errors count: after 标准箱， in the text. */
const NUL_COLUMN = [...JSON.stringify(RECORDS[1]).slice(0, JSON.stringify(RECORDS[1]).indexOf('标准箱，连续') + '标准箱，'.length)].length + 1;

const NUL_LINE = /holds a NUL byte, which JSON text never does \(binary data in the line\?\)\. Each line of a JSON Lines file holds one JSON object: fix this line or remove it\./u;

describe('a JSON Lines file with a NUL byte in one line', () => {
  it.each([
    ['LF', '\n', 'utf8'],
    ['CRLF', '\r\n', 'utf8'],
    ['GB18030', '\n', 'gb18030'],
  ])('reads the other records and gives the line and the NUL\'s column as an error (%s)', async (name, eol, encoding) => {
    const file = path.join(dir, `archive-${name}.jsonl`);
    writeFileSync(file, archiveBytes(eol, (text) => iconv.encode(text, encoding)));
    const read = await readDocuments(file, { displayPath: 'corpus/archive.jsonl' });
    if (!read.ok) throw new Error(`skipped: ${read.error.message}`);
    expect(read.documents.map((d) => [d.lineOffset, d.text.includes('一箭四星') || d.text.includes('滑雪节')])).toEqual([[0, true], [2, true]]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ file: 'corpus/archive.jsonl', line: 2, column: NUL_COLUMN });
    expect(read.errors[0].message).toMatch(NUL_LINE);
  });

  it('a file of one or two records, one damaged, still reads as records: the line is an error, the other record read', async () => {
    const [good, damaged] = archiveBytes().toString('utf8').split('\n');
    writeFileSync(path.join(dir, 'two.jsonl'), `${damaged}\n${good}\n`);
    const two = await readDocuments(path.join(dir, 'two.jsonl'), { displayPath: 'corpus/two.jsonl' });
    if (!two.ok) throw new Error(`skipped: ${two.error.message}`);
    expect(two.documents.map((d) => d.lineOffset)).toEqual([1]);
    expect(two.documents[0].text).toContain('滑雪节');
    expect(two.errors).toEqual([expect.objectContaining({ file: 'corpus/two.jsonl', line: 1, column: NUL_COLUMN })]);
    writeFileSync(path.join(dir, 'one.jsonl'), `${damaged}\n`);
    const one = await readDocuments(path.join(dir, 'one.jsonl'), { displayPath: 'corpus/one.jsonl' });
    if (!one.ok) throw new Error(`skipped: ${one.error.message}`);
    expect(one.documents).toEqual([]);
    expect(one.errors).toHaveLength(1);
    expect(one.errors[0].message).toMatch(NUL_LINE);
  });

  it('an image named .jsonl, NULs in most lines, is still passed over as binary', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0x0a, 0, 0, 0, 1, 0x08, 0x06, 0x0a, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
    writeFileSync(path.join(dir, 'logo.jsonl'), png);
    expect(await readDocuments(path.join(dir, 'logo.jsonl'))).toMatchObject({ ok: false, skipped: 'binary' });
  });

  it('in a corpus: index build refuses it naming the file and line; check reads the other records and lists the line', () => {
    const site = path.join(dir, 'site');
    mkdirSync(path.join(site, 'corpus'), { recursive: true });
    mkdirSync(path.join(site, 'content'));
    writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
    writeFileSync(path.join(site, 'corpus', 'archive.jsonl'), archiveBytes());
    writeFileSync(path.join(site, 'content', 'jiuquan.txt'), `据报道，${RECORDS[2].text}\n`);
    const built = laiyuan(['index', 'build', '-o', 'archive.lyx'], { cwd: site });
    expect(built.code).toBe(2);
    expect(built.stderr).toMatch(new RegExp(`^laiyuan: corpus/archive\\.jsonl:2:${NUL_COLUMN}: holds a NUL byte`, 'u'));
    expect(built.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(built.stderr).toMatch(/; archive\.lyx not written\n$/u);
    expect(existsSync(path.join(site, 'archive.lyx'))).toBe(false);
    const checked = laiyuan(['check', 'content', '--format', 'json'], { cwd: site });
    expect(checked.code).toBe(2);
    const report = JSON.parse(checked.stdout) as { findings: { ruleId: string; source?: { articleId: string; record: number } }[]; errors: { file: string; line: number; message: string }[] };
    expect(report.errors).toEqual([expect.objectContaining({ file: 'corpus/archive.jsonl', line: 2, column: NUL_COLUMN })]);
    expect(report.errors[0].message).toMatch(NUL_LINE);
    expect(report.findings.find((f) => f.ruleId === 'unauthorized-reuse')?.source).toMatchObject({ articleId: 'cri-2024-0414', record: 3 });
  });
});
