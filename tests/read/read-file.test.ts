import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocuments, readErrorMessage, type ReadOutcome } from '../../src/io/read-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

function documentsOf(outcome: ReadOutcome) {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.documents;
}

describe('readDocuments', () => {
  it('says what to do about a missing file, under the path the user gave', async () => {
    const outcome = await readDocuments(path.join(dir, 'missing.txt'), { displayPath: 'news/missing.txt' });
    expect(outcome).toMatchObject({ ok: false, skipped: 'unreadable', error: { file: 'news/missing.txt' } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/no such file or directory\. Check the path/);
  });

  it('reads the same documents unhashed, with no SHA-256 (an index build keeps none)', async () => {
    const file = write('unhashed.txt', '中方愿同各方一道推动政治解决\n2024-03-05 来源：国际在线\n外交部发言人在例行记者会上表示，中方始终主张通过对话协商解决分歧。');
    const hashed = await readDocuments(file, { displayPath: 'news/unhashed.txt', sync: true });
    const unhashed = await readDocuments(file, { displayPath: 'news/unhashed.txt', sync: true, unhashed: true });
    if (!hashed.ok || !unhashed.ok) throw new Error('not read');
    expect(hashed.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(unhashed.sha256).toBe('');
    expect(unhashed.documents).toEqual(hashed.documents);
  });

  it('does not read a directory', async () => {
    const outcome = await readDocuments(dir);
    expect(outcome).toMatchObject({ ok: false, skipped: 'unreadable' });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/this is a folder, not a file\. Name a file in it/);
  });

  it.skipIf(process.getuid?.() === 0)('says permission denied for an unreadable file', async () => {
    const file = write('locked.txt', '来源：国际在线');
    chmodSync(file, 0o000);
    const outcome = await readDocuments(file);
    expect(outcome).toMatchObject({ ok: false, skipped: 'unreadable' });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/permission denied/);
  });

  it('words each error code with what to do', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
    expect(readErrorMessage(error('EACCES'))).toMatch(/permission denied\. Make the file readable/);
    expect(readErrorMessage(error('EISDIR'))).toMatch(/is a folder, not a file/);
    expect(readErrorMessage(error('ELOOP'))).toMatch(/link loop/);
    expect(readErrorMessage(error('EIO'))).toBe('cannot read: the disk reported an input/output error; check the disk, or give a path on another.');
    expect(readErrorMessage(error('EMFILE'))).toBe('cannot read: too many files are open; lower --concurrency, or raise the limit (ulimit -n), then try again.');
  });

  it('reads an unknown extension as text, and a named format as that format', async () => {
    const file = write('稿件.news', '# 标题\n来源：国际在线\n');
    const [asText] = documentsOf(await readDocuments(file));
    expect(asText).toMatchObject({ format: 'text', text: '# 标题\n来源：国际在线\n' });
    const [asMarkdown] = documentsOf(await readDocuments(file, { format: 'markdown' }));
    expect(asMarkdown.fields.title).toBe('标题');
  });

  it('skips office and PDF files with what to do instead', async () => {
    const outcome = await readDocuments(write('报道.docx', 'PK\u0003\u0004'));
    expect(outcome).toMatchObject({ ok: false, skipped: 'unknown-format' });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/save the article as text/);
  });

  it('skips a binary file and says why', async () => {
    const outcome = await readDocuments(write('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])));
    expect(outcome).toMatchObject({ ok: false, skipped: 'binary' });
  });

  it('reports how a GBK HTML page was decoded', async () => {
    const html = '<html><head><title>集安新闻</title></head><body><p>来源：国际在线</p></body></html>';
    const outcome = await readDocuments(write('gbk.htm', iconv.encode(html, 'gbk')));
    expect(outcome).toMatchObject({ ok: true, decoded: { encoding: 'gb18030', bom: false, eol: 'none' } });
    expect(documentsOf(outcome)[0].fields.title).toBe('集安新闻');
  });
});

describe('readStdin', () => {
  it('reads standard input in the format the display name names', () => {
    const child = fileURLToPath(new URL('./stdin-child.ts', import.meta.url));
    const bin = fileURLToPath(new URL('../../node_modules/.bin/vite-node', import.meta.url));
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\n来源: 国际在线\n---\n正文。\r\n')]);
    const run = spawnSync(bin, [child, 'stdin.md'], { input, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const outcome = JSON.parse(run.stdout) as ReadOutcome;
    expect(outcome).toMatchObject({ ok: true, decoded: { encoding: 'utf-8', bom: true, eol: 'mixed' } });
    expect(documentsOf(outcome)[0]).toMatchObject({ path: 'stdin.md', format: 'markdown', fields: { source: '国际在线' } });
  });
});
