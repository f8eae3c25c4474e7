// An index file built before the reading of credits the last changes brought (a page whose head
// names another outlet, 国际在线 credited as a carrier) keeps the origins read then: format 3 is
// unchanged, so the build records its reading with its build options (creditReading), and one
// recording none is the older reading. check and match say so once (a note, the exit code
// unchanged), index stats shows it, and a rebuild (or an update reading every file) brings it up.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES, readHeader, writeHeader } from '../../src/core/match/archive-format.js';
import { CREDIT_READING } from '../../src/io/index-file.js';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-credit-reading-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(args, { cwd: site });
const NOTE = /^laiyuan: note: the index old\.lyx was built by an older reading of credits \(each archive page's origin, whose content it is and the 来源 it names, is as that reading gave it\): laiyuan index build corpus -o old\.lyx again would update its origins$/mu;

/**
 * The index as an older laiyuan wrote it: its meta (the last section) with `reading` as its
 * creditReading, or without one (a laiyuan before the reading was recorded).
 */
function asOlderBuild(file: string, reading?: number): void {
  // a copy of its own: readHeader views the bytes' buffer from offset 0 (a Buffer may share a pool)
  const bytes = new Uint8Array(readFileSync(file));
  const header = readHeader(bytes, crc32);
  if ('problem' in header) throw new Error(header.problem);
  const { meta } = header.sections;
  expect(meta.offset + meta.length).toBe(bytes.length);
  const json = JSON.parse(Buffer.from(bytes.subarray(meta.offset)).toString('utf8')) as { options: Record<string, number> };
  expect(json.options.creditReading).toBe(CREDIT_READING);
  if (reading === undefined) delete json.options.creditReading;
  else json.options.creditReading = reading;
  const body = Buffer.from(JSON.stringify(json));
  const sections = { ...header.sections, meta: { offset: meta.offset, length: body.length, checksum: crc32(body) } };
  const head = writeHeader({ version: header.version, fileLength: meta.offset + body.length, sections }, crc32);
  writeFileSync(file, Buffer.concat([head, bytes.subarray(HEADER_BYTES, meta.offset), body]));
}

describe('an index built by an older reading of credits', { timeout: 180000 }, () => {
  it('check and match say so once, on stderr, the exit code and the report unchanged', () => {
    expect(run(['index', 'build', 'corpus', '-o', 'new.lyx']).code).toBe(0);
    expect(run(['index', 'build', 'corpus', '-o', 'old.lyx']).code).toBe(0);
    asOlderBuild(path.join(site, 'old.lyx'));
    const current = run(['check', 'content', '--index', 'new.lyx', '--format', 'json']);
    const older = run(['check', 'content', '--index', 'old.lyx', '--format', 'json']);
    expect(current.stderr).not.toContain('older reading');
    expect(older.code).toBe(current.code);
    const findings = (stdout: string) => (JSON.parse(stdout.replaceAll('old.lyx', 'new.lyx')) as { findings: unknown[] }).findings;
    expect(findings(older.stdout)).toEqual(findings(current.stdout));
    expect(findings(current.stdout).length).toBeGreaterThan(0);
    expect(older.stderr.match(new RegExp(NOTE.source, 'gmu'))).toHaveLength(1);
    const match = run(['match', 'content/news', '--index', 'old.lyx']);
    expect(match.code).toBe(run(['match', 'content/news', '--index', 'new.lyx']).code);
    expect(match.stderr.match(new RegExp(NOTE.source, 'gmu'))).toHaveLength(1);
  });

  it('index stats shows it, and what brings it up; an update reading every file brings it up, one reading some keeps it older', () => {
    expect(run(['index', 'build', 'corpus', '-o', 'old.lyx']).code).toBe(0);
    expect(run(['index', 'stats', 'old.lyx']).stdout).toMatch(new RegExp(`^credits read {10}as this laiyuan reads them \\(reading ${CREDIT_READING}\\)$`, 'mu'));
    expect(JSON.parse(run(['index', 'stats', 'old.lyx', '-f', 'json']).stdout)).toMatchObject({ options: { creditReading: CREDIT_READING } });
    asOlderBuild(path.join(site, 'old.lyx'));
    const stats = run(['index', 'stats', 'old.lyx']);
    expect(stats.stdout).toMatch(new RegExp(`^credits read {10}by an older reading \\(none recorded, this laiyuan's is ${CREDIT_READING}\\): each archive page's origin, whose content it is and the 来源 it names, is as that reading gave it; laiyuan index build corpus -o old\\.lyx again would update its origins$`, 'mu'));
    expect(stats.stdout).toMatch(/^build options {9}k \d+, window \d+, boilerplateShare [\d.]+, maxFileSize 5 MB$/mu);
    // the articles it keeps unread keep their old origins: still older
    expect(run(['index', 'update', 'old.lyx', 'corpus/cri-01-zhongou-banlie-changchun.txt']).code).toBe(0);
    expect(run(['index', 'stats', 'old.lyx']).stdout).toContain('by an older reading (0,');
    expect(run(['index', 'update', 'old.lyx', 'corpus']).code).toBe(0);
    expect(run(['index', 'stats', 'old.lyx']).stdout).toContain(`as this laiyuan reads them (reading ${CREDIT_READING})`);
    expect(run(['check', 'content', '--index', 'old.lyx']).stderr).not.toContain('older reading');
  });

  it('an index recording the reading before this one is told too: reading 2 names a dateline glued to a headline and 来源：网络 no outlet', () => {
    expect(CREDIT_READING).toBeGreaterThanOrEqual(2);
    expect(run(['index', 'build', 'corpus', '-o', 'old.lyx']).code).toBe(0);
    asOlderBuild(path.join(site, 'old.lyx'), CREDIT_READING - 1);
    expect(run(['index', 'stats', 'old.lyx']).stdout).toContain(`by an older reading (${CREDIT_READING - 1}, this laiyuan's is ${CREDIT_READING})`);
    expect(run(['check', 'content', '--index', 'old.lyx']).stderr.match(new RegExp(NOTE.source, 'gmu'))).toHaveLength(1);
  });
});
