// A JSON Lines file bigger than the limit, read `records` (a corpus), is read a piece of lines at a
// time: the documents and errors are those of the file read whole, in every encoding and line ending
// an archive export comes in, with the lines numbered as in the file; a record over the limit is one
// error naming its line. A record of no text ("text": "" or white space) is an error, as README says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/core/read/index.js';
import { readDocuments, type ReadOutcome } from '../../src/io/read-file.js';
import { archiveLines, NEEDLE } from '../helpers/archive-export.js';

const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-jsonl-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 2,500 records (2 MB and more in UTF-8): a bad line and an empty record among them, late in the file. */
function lines(): string[] {
  const all = archiveLines(2500);
  all[2100] = '{"id": "cri-2024-bad", "text": "吉林大米品牌推介会在上海举行，签约金额达5亿元。",}';
  all[2200] = '{"id": "cri-2024-empty", "title": "稿件待补", "text": "　 "}';
  all[2300] = '';
  return all;
}

function written(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** What a comparison needs of an outcome: its documents' places, texts and fields, and its errors. */
function facts(read: ReadOutcome) {
  if (!read.ok) return { error: read.error };
  return {
    documents: read.documents.map((d) => ({ line: d.lineOffset, raw: d.raw, text: d.text, fields: d.fields })),
    errors: read.errors,
    encoding: read.decoded.encoding,
  };
}

const ENCODINGS: Array<[string, string, (text: string) => Uint8Array]> = [
  ['UTF-8, LF', '\n', (t) => Buffer.from(t)],
  ['UTF-8 with a BOM, CRLF', '\r\n', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
  ['GB18030, CRLF', '\r\n', (t) => iconv.encode(t, 'gb18030')],
  ['UTF-16LE with a BOM, LF', '\n', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16BE without a BOM, CR', '\r', (t) => Buffer.from(t, 'utf16le').swap16()],
];

describe('a JSON Lines corpus file bigger than the limit', { timeout: 60000 }, () => {
  it.each(ENCODINGS)('%s: read a piece at a time, gives what the whole file gives', async (name, eol, encode) => {
    const file = written(`${name.replace(/\W+/g, '-')}.jsonl`, encode(lines().join(eol) + eol));
    const whole = await readDocuments(file, { displayPath: 'corpus/稿库.jsonl', maxBytes: Infinity });
    const pieces = await readDocuments(file, { displayPath: 'corpus/稿库.jsonl', maxBytes: 64 * 1024, records: true });
    expect(facts(pieces)).toEqual(facts(whole));
    const read = facts(pieces);
    expect(read.documents?.length).toBe(2497);
    expect(read.documents?.find((d) => d.fields.id === 'cri-2024-02400')?.line).toBe(2400);
    expect(read.errors?.map((e) => [e.line, e.column])).toEqual([
      [2101, [...'{"id": "cri-2024-bad", "text": "吉林大米品牌推介会在上海举行，签约金额达5亿元。",}'].length],
      // the column of the text, inside its quotes
      [2201, [...'{"id": "cri-2024-empty", "title": "稿件待补", "text": '].length + 2],
    ]);
  });

  it('a record over the limit is an error naming its line; the records after it are read', async () => {
    const all = lines();
    all[1500] = JSON.stringify({ id: 'cri-2024-merged', text: NEEDLE.text.repeat(400) });
    const file = written('merged.jsonl', Buffer.from(all.join('\n')));
    const read = await readDocuments(file, { displayPath: 'corpus/稿库.jsonl', maxBytes: 256 * 1024, records: true });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.errors[0]).toEqual({
      file: 'corpus/稿库.jsonl',
      line: 1501,
      column: 1,
      message: 'this line is over the 0.3 MB limit a record is held to: not read; raise --max-file-size to read it (or, if records lost their line breaks, put each article on a line of its own)',
    });
    expect(read.documents.length).toBe(2496);
    expect(read.documents.at(-1)?.lineOffset).toBe(2499);
  });

  it('a file read whole (not a corpus) is still held to the limit as one file', async () => {
    const file = written('checked.jsonl', Buffer.from(lines().join('\n')));
    const read = await readDocuments(file, { displayPath: 'content/稿库.jsonl', maxBytes: 64 * 1024 });
    expect(read.ok ? 'read' : read.skipped).toBe('too-big');
  });
});

describe('a JSON Lines record of no text', () => {
  it('"text": "" or white space only is an error at the text, as a record with no text is', () => {
    const { documents, errors } = parseDocuments(
      ['{"id":"a","text":""}', '{"id":"b","text":"  \\n　"}', `{"id":"c","text":"${NEEDLE.text.split('\n')[0]}"}`].join('\n'),
      'corpus/e.jsonl',
      'jsonl',
    );
    expect(documents.map((d) => d.fields.id)).toEqual(['c']);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 19, `this record's text is empty (or white space only): give it the article's text, or remove the line.`],
      [2, 19, `this record's text is empty (or white space only): give it the article's text, or remove the line.`],
    ]);
  });
});
