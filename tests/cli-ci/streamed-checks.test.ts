// A run over many files streams: each file is read in its turn while reads are quick, the next few
// (never more) while one is checked once they are slow, and a checked file keeps its documents
// only when something looks at them afterwards.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFile, checkFiles, READ_AHEAD, SLOW_READ_MS, SLOW_READS } from '../../src/io/check-files.js';
import type { CheckOptions } from '../../src/io/file-check.js';
import { readDocuments } from '../../src/io/read-file.js';
import { loadProject, type LoadedProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { makeWorkspace, REPRINTS, ROOT, type Workspace } from './workspace.js';

vi.mock('../../src/io/read-file.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/read-file.js')>();
  return { ...actual, readDocuments: vi.fn(actual.readDocuments) };
});

/** Whether a read of a file's bytes on this thread takes longer than SLOW_READ_MS, as from a network share. */
const disk = vi.hoisted(() => ({ slow: false }));

vi.mock('../../src/io/safe-read.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/safe-read.js')>();
  const readRegularFileSync: typeof actual.readRegularFileSync = (file, maxBytes) => {
    if (disk.slow) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2 * SLOW_READ_MS);
    return actual.readRegularFileSync(file, maxBytes);
  };
  return { ...actual, readRegularFileSync };
});

/** Articles of other outlets that reuse nothing of the corpus: no finding. */
const ORIGINALS = ['same-event-13-yijian-sixing.txt', 'chrome-01-main-nav-puer-cha.txt'].map((f) => readFileSync(path.join(ROOT, 'fixtures/negatives', f)));
const REUSED = [REPRINTS.none, REPRINTS.alias, REPRINTS.wrongHtml, REPRINTS.noneCrlf];

let ws: Workspace;
let loaded: LoadedProject;
const files: string[] = [];

beforeAll(async () => {
  const content: Record<string, string> = {};
  REUSED.forEach((fixture, i) => (content[`content/r${i}${path.extname(fixture)}`] = fixture));
  ws = makeWorkspace({ content });
  for (let i = 0; i < 24; i++) ws.write(`content/o${String(i).padStart(2, '0')}.txt`, ORIGINALS[i % 2]);
  // an original with a directive: its documents stay for the suppression layer to read
  ws.write('content/o99.txt', `${ORIGINALS[0].toString('utf8')}\n<!-- laiyuan-disable-file -- 本站原创 -->\n`);
  files.push(...Object.keys(content), ...Array.from({ length: 24 }, (_, i) => `content/o${String(i).padStart(2, '0')}.txt`), 'content/o99.txt');
  const project = await loadProject({ cwd: ws.dir, rules: RULES });
  if (!project.ok) throw new Error(JSON.stringify(project.errors));
  loaded = project.value;
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

/** checkFiles over the files, and how many files at most were read ahead of those checked. */
async function checkCounting() {
  vi.mocked(readDocuments).mockClear();
  let ahead = 0;
  const options: CheckOptions = { cwd: ws.dir, version: '0.0.0', date: '2023-01-01', onFile: (done) => (ahead = Math.max(ahead, vi.mocked(readDocuments).mock.calls.length - done)) };
  const streamed = await checkFiles(files, loaded.project, options);
  expect(vi.mocked(readDocuments)).toHaveBeenCalledTimes(files.length);
  return { streamed, ahead };
}

async function oneByOne() {
  const one = { cwd: ws.dir, version: '0.0.0', date: '2023-01-01' };
  const alone = [];
  for (const file of files) alone.push(await checkFile(file, loaded.project, one));
  return alone;
}

describe('checkFiles over many files', () => {
  it('reads each file in its turn while reads are quick, and gives what checking them one by one gives', async () => {
    disk.slow = false;
    const { streamed, ahead } = await checkCounting();
    expect(ahead).toBe(0);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(await oneByOne()));
    expect(streamed.filter((c) => c.findings.length > 0).map((c) => c.file)).toEqual(files.slice(0, REUSED.length));
  });

  it(`reads up to ${READ_AHEAD} files ahead of the one it checks once ${SLOW_READS} reads in a row were slow, never more, with the same results`, async () => {
    disk.slow = true;
    try {
      const { streamed, ahead } = await checkCounting();
      expect(ahead).toBe(READ_AHEAD);
      disk.slow = false;
      expect(JSON.stringify(streamed)).toBe(JSON.stringify(await oneByOne()));
    } finally {
      disk.slow = false;
    }
  });

  it('keeps the documents of files with findings or directives only, and counts them all', async () => {
    const checks = await checkFiles(files, loaded.project, { cwd: ws.dir, version: '0.0.0', date: '2023-01-01' });
    const kept = checks.filter((c) => c.documents.length > 0).map((c) => c.file);
    expect(kept).toEqual([...files.slice(0, REUSED.length), 'content/o99.txt']);
    expect(checks.every((c) => c.documentCount === 1)).toBe(true);
  });
});
