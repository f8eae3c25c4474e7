// The cache in process, as `check --cache` drives it (a lazy load, openRunCache, checkWithCache),
// with spies on detectDocument (the matching), buildIndex, the corpus reader and file reads: a
// second run over an unchanged project reads no corpus file, loads no index and matches nothing,
// and each key, changed, brings the work back.
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectDocument } from '../../src/core/judge/check-document.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { checkWithCache } from '../../src/io/cache.js';
import { checkFiles } from '../../src/io/check-files.js';
import type { CheckOptions } from '../../src/io/file-check.js';
import { readCorpusFiles } from '../../src/io/corpus-read.js';
import { cachingIndexer } from '../../src/io/index-cache.js';
import { loadProject } from '../../src/io/project.js';
import { readDocuments } from '../../src/io/read-file.js';
import { openRunCache } from '../../src/io/run-cache.js';
import { readRegularFile } from '../../src/io/safe-read.js';
import { RULES } from '../../src/rules/index.js';
import { leanFinding } from '../../src/formats/lean.js';
import { makeWorkspace, settle, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

vi.mock('../../src/core/judge/check-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/judge/check-document.js')>();
  return { ...actual, detectDocument: vi.fn(actual.detectDocument) };
});
vi.mock('../../src/core/match/corpus-index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/match/corpus-index.js')>();
  return { ...actual, buildIndex: vi.fn(actual.buildIndex) };
});
vi.mock('../../src/io/corpus-read.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/corpus-read.js')>();
  return { ...actual, readCorpusFiles: vi.fn(actual.readCorpusFiles) };
});
vi.mock('../../src/io/read-file.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/read-file.js')>();
  return { ...actual, readDocuments: vi.fn(actual.readDocuments) };
});
vi.mock('../../src/io/safe-read.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/safe-read.js')>();
  return { ...actual, readRegularFile: vi.fn(actual.readRegularFile) };
});

const FILES = ['content/a-none.txt', 'content/b-alias.txt', 'content/c-exact.txt', 'content/e-wrong.html'];

/** r04 without its date line: a document whose date comes from --date (or git, or today). */
const UNDATED = reprint(REPRINTS.none).toString('utf8').replace('2022-12-10 16:42\n', '');

let ws: Workspace;

function project(): Workspace {
  ws = makeWorkspace({
    licence: true,
    content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/c-exact.txt': REPRINTS.exact, 'content/e-wrong.html': REPRINTS.wrongHtml },
  });
  return ws;
}

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

/** One cached run as `check --cache` makes it; returns the checks, the documents matched, the indexes built and what was read. */
async function cachedRun(options: { version?: string; date?: string; files?: string[]; maxFileSize?: number; lean?: boolean; whileChecking?: () => void } = {}) {
  for (const spy of [detectDocument, buildIndex, readCorpusFiles, readDocuments, readRegularFile]) vi.mocked(spy).mockClear();
  const version = options.version ?? '0.1.0';
  const dir = ws.at('.laiyuan-cache');
  const indexer = vi.fn(cachingIndexer(() => dir, version, (note) => expect.fail(note)));
  const loaded = await loadProject({ cwd: ws.dir, rules: RULES, indexer, lazy: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const checkOptions: CheckOptions = { cwd: ws.dir, version, date: options.date, maxFileSize: options.maxFileSize };
  const cache = await openRunCache(loaded.value, { dir, version, cwd: ws.dir, lean: options.lean, onNote: (note) => expect.fail(note) });
  const check = async (some: string[]) => {
    await loaded.value.complete();
    options.whileChecking?.();
    return checkFiles(some, loaded.value.project, checkOptions);
  };
  const checks = await checkWithCache(options.files ?? FILES, checkOptions, cache, check);
  expect(await cache.save()).toBeUndefined();
  const inCorpus = (file: string) => path.relative(ws.dir, file).startsWith('corpus');
  return {
    checks,
    matched: vi.mocked(detectDocument).mock.calls.map(([doc]) => doc.path).sort(),
    indexesBuilt: vi.mocked(buildIndex).mock.calls.length,
    /** Indexes built or taken from the index cache. */
    indexesLoaded: indexer.mock.calls.length,
    corpusRead: vi.mocked(readCorpusFiles).mock.calls.length > 0 || [...vi.mocked(readDocuments).mock.calls, ...vi.mocked(readRegularFile).mock.calls].some(([file]) => inCorpus(file)),
    /** Files read whole (to hash or to check), relative. */
    read: [...vi.mocked(readDocuments).mock.calls, ...vi.mocked(readRegularFile).mock.calls].map(([file]) => path.relative(ws.dir, file)).filter((f) => !f.startsWith('.laiyuan-cache')),
    pending: loaded.value.pending,
  };
}

describe('--cache', () => {
  it('reads no corpus file, loads no index, reads no file and matches nothing on a second run over an unchanged project, with the same results', async () => {
    project();
    await settle();
    const first = await cachedRun();
    expect(first).toMatchObject({ matched: FILES, indexesBuilt: 1, indexesLoaded: 1, corpusRead: true, pending: false });
    expect(first.checks.flatMap((c) => c.findings).length).toBeGreaterThan(0);
    const second = await cachedRun();
    expect(second).toMatchObject({ matched: [], indexesBuilt: 0, indexesLoaded: 0, corpusRead: false, read: [], pending: true });
    // no documents kept: nothing looks at the text of these files after the check (no directives, no --fix)
    const light = (checks: typeof first.checks) => checks.map((c) => ({ ...c, documents: [] }));
    expect(light(second.checks)).toEqual(light(first.checks));
  });

  it('stays warm when a corpus file and a content file are touched but not changed (their bytes hashed, not checked)', async () => {
    project();
    await settle();
    await cachedRun();
    const later = new Date(Date.now() + 1000);
    utimesSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), later, later);
    utimesSync(ws.at('content/b-alias.txt'), later, later);
    const after = await cachedRun();
    expect(after).toMatchObject({ matched: [], indexesLoaded: 0, pending: true });
    expect(after.read.sort()).toEqual(['content/b-alias.txt', 'corpus/cri-04-changbaishan-huaxue-jie.txt']);
  });

  it('finds the reprint a corpus article becomes when it is edited: the next run reads the corpus again and checks every file', async () => {
    project();
    const original = readFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), 'utf8');
    const [head] = original.split('\n\n  12月9日');
    // the archive first holds another story under that file: a-none.txt (a reprint of cri-04) reuses nothing of it
    writeFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), `${head}\n吉林省气象台发布寒潮蓝色预警，预计未来三天全省大部地区气温下降八到十摄氏度。\n`);
    const reusing = (checks: { file: string; findings: { source: { file: string } | null }[] }[]) =>
      checks.filter((c) => c.findings.some((f) => f.source?.file === 'corpus/cri-04-changbaishan-huaxue-jie.txt')).map((c) => c.file);
    const before = await cachedRun();
    expect(reusing(before.checks)).toEqual([]);
    writeFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), original);
    const after = await cachedRun();
    expect(after).toMatchObject({ matched: FILES, indexesBuilt: 1, corpusRead: true });
    expect(reusing(after.checks)).toEqual(['content/a-none.txt']);
  });

  it('reads each corpus file once on a cold run: the bytes hashed for the key are the ones read into articles', async () => {
    project();
    const corpusReads = () => {
      const reads = vi.mocked(readRegularFile).mock.calls.map(([file]) => path.relative(ws.dir, file)).filter((f) => f.startsWith('corpus'));
      return { files: new Set(reads).size, reads: reads.length };
    };
    const first = await cachedRun();
    expect(first).toMatchObject({ matched: FILES, indexesBuilt: 1 });
    expect(corpusReads()).toEqual({ files: 7, reads: 7 });
    // one page edited: hashed (its stats changed) and read from those bytes; the six others read once
    appendFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), '\n长白山管委会表示，雪季期间将加密景区直通车班次。\n');
    const edited = await cachedRun();
    expect(edited).toMatchObject({ matched: FILES, indexesBuilt: 1 });
    expect(corpusReads()).toEqual({ files: 7, reads: 7 });
    // what an uncached run finds, the hash of the edited page in its evidence included
    const uncached = await loadProject({ cwd: ws.dir, rules: RULES });
    if (!uncached.ok) throw new Error(JSON.stringify(uncached.errors));
    const plain = await checkFiles(FILES, uncached.value.project, { cwd: ws.dir, version: '0.1.0' });
    expect(edited.checks.map((c) => c.findings)).toEqual(plain.map((c) => c.findings));
  });

  it('keeps no stats of a file changed within two seconds before they were taken, however long its check took', async () => {
    // files just written: another write within the clock's granularity could leave the stats as they are
    project();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await cachedRun({ whileChecking: () => vi.setSystemTime(Date.now() + 5000) });
    } finally {
      vi.useRealTimers();
    }
    const next = await cachedRun();
    expect(next.read.filter((f) => f.startsWith('content/')).sort()).toEqual(FILES);
  });

  it('checks again only the file whose content changed', async () => {
    project();
    await cachedRun();
    appendFileSync(ws.at('content/b-alias.txt'), '\n（责任编辑：王晓）\n');
    const after = await cachedRun();
    expect(after.matched).toEqual(['content/b-alias.txt']);
    expect(after.indexesBuilt).toBe(0);
  });

  it('checks again a file edited in place to the same size whose modification time is set back (touch -r): its change time moved', async () => {
    project();
    const file = ws.at('content/b-alias.txt');
    // a whole second, which utimes sets back exactly (as touch -r, tar and rsync -t set theirs)
    const yesterday = Math.floor(Date.now() / 1000) - 86_400;
    utimesSync(file, yesterday, yesterday);
    await settle();
    await cachedRun();
    const before = statSync(file, { bigint: true });
    const text = readFileSync(file, 'utf8');
    // one full stop made an exclamation mark: three bytes in UTF-8 each, so the size stays
    const edited = text.replace('。', '！');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    utimesSync(file, yesterday, yesterday);
    expect(statSync(file, { bigint: true })).toMatchObject({ size: before.size, mtimeNs: before.mtimeNs });
    const after = await cachedRun();
    expect(after.matched).toEqual(['content/b-alias.txt']);
  });

  it('keeps the findings\' evidence apart: a run whose formats read findings lean gets them without it, one that reads it gets them whole, key for key', async () => {
    project();
    await settle();
    const findingsOf = (run: { checks: Array<{ findings: unknown[] }> }) => JSON.stringify(run.checks.map((c) => c.findings));
    // a lean run that checks (cold) keeps the evidence all the same, for a later run that reads it
    const cold = await cachedRun({ lean: true });
    expect(cold.matched).toEqual(FILES);
    const whole = cold.checks.flatMap((c) => c.findings);
    expect(whole.some((f) => f.excerpt !== undefined && f.reuse?.passages.some((p) => p.lines !== undefined))).toBe(true);
    const warm = await cachedRun();
    expect(warm.matched).toEqual([]);
    expect(findingsOf(warm)).toBe(findingsOf(cold));
    const lean = await cachedRun({ lean: true });
    expect(lean.matched).toEqual([]);
    expect(findingsOf(lean)).toBe(JSON.stringify(cold.checks.map((c) => c.findings.map(leanFinding))));
    expect(findingsOf(lean)).not.toContain('"excerpt"');
  });

  it('keeps a text that repeats across findings once in the cache file (the longest: the clause under each finding), and gives it back whole', async () => {
    project();
    await settle();
    const first = await cachedRun();
    const texts: string[] = [];
    JSON.stringify(first.checks.flatMap((c) => c.findings), (_key, value: unknown) => (typeof value === 'string' && value.length >= 40 && texts.push(value), value));
    // the longest text written two times or more (within no other text, which would hold its bytes too)
    const repeated = [...new Set(texts)].filter((t, _, all) => texts.indexOf(t) !== texts.lastIndexOf(t) && !all.some((other) => other !== t && other.includes(t)));
    const text = repeated.sort((a, b) => b.length - a.length)[0];
    expect(text).toBeDefined();
    const bytes = readFileSync(ws.at('.laiyuan-cache/results.bin'));
    const words = Buffer.from(text, 'utf16le');
    let times = 0;
    for (let at = bytes.indexOf(words); at >= 0; at = bytes.indexOf(words, at + 1)) times++;
    expect(times).toBe(1);
    const second = await cachedRun();
    expect(second.matched).toEqual([]);
    const light = (checks: typeof first.checks) => checks.map((c) => ({ ...c, documents: [] }));
    expect(light(second.checks)).toEqual(light(first.checks));
  });

  it('checks everything again when the config changes, and applies it', async () => {
    project();
    const before = await cachedRun();
    const severity = (checks: typeof before.checks) => checks.flatMap((c) => c.findings).find((f) => f.ruleId === 'nonstandard-attribution')?.severity;
    expect(severity(before.checks)).toBe('warning');
    appendFileSync(ws.at('laiyuan.yaml'), 'rules:\n  nonstandard-attribution: error\n');
    const after = await cachedRun();
    expect(after.matched).toEqual(FILES);
    expect(after.indexesBuilt).toBe(0);
    expect(severity(after.checks)).toBe('error');
  });

  it('checks everything again when a pack changes, and rebuilds the index when its notice does', async () => {
    project();
    mkdirSync(ws.at('packs'));
    copyFileSync(path.join(ROOT, 'rules/cri.yaml'), ws.at('packs/cri.yaml'));
    writeFileSync(ws.at('laiyuan.yaml'), readFileSync(ws.at('laiyuan.yaml'), 'utf8').replace('packs: [cri]', 'packs: [packs/cri.yaml]'));
    await cachedRun();
    expect((await cachedRun()).matched).toEqual([]);
    const pack = readFileSync(ws.at('packs/cri.yaml'), 'utf8');
    expect(pack).toContain('topChars: 200');
    writeFileSync(ws.at('packs/cri.yaml'), pack.replace('topChars: 200', 'topChars: 201'));
    expect((await cachedRun()).matched).toEqual(FILES);
    expect((await cachedRun()).matched).toEqual([]);
    // the notice's words are masked out of the archive's text: another wording, another index
    expect(pack).toContain('均转载自其它媒体,转载目的在于传递更多信息');
    writeFileSync(ws.at('packs/cri.yaml'), pack.replace('均转载自其它媒体,转载目的在于传递更多信息', '均转载自其它媒体,转载目的仅在于传递更多信息'));
    expect(await cachedRun()).toMatchObject({ matched: FILES, indexesBuilt: 1 });
  });

  it('checks everything again and rebuilds the index when a corpus page changes', async () => {
    project();
    await cachedRun();
    appendFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), '\n长白山管委会表示，雪季期间将加密景区直通车班次。\n');
    const after = await cachedRun();
    expect(after.matched).toEqual(FILES);
    expect(after.indexesBuilt).toBe(1);
    expect((await cachedRun()).indexesBuilt).toBe(0);
  });

  it('checks everything again and rebuilds the index under another laiyuan version', async () => {
    project();
    await cachedRun({ version: '0.1.0' });
    const after = await cachedRun({ version: '0.2.0' });
    expect(after.matched).toEqual(FILES);
    expect(after.indexesBuilt).toBe(1);
  });

  it('checks again a document that states no date when the fallback date changes, and only that one', async () => {
    project();
    ws.write('content/d-undated.txt', UNDATED);
    const files = [...FILES, 'content/d-undated.txt'];
    const rules = (checks: { file: string; findings: { ruleId: string }[] }[]) => checks.find((c) => c.file === 'content/d-undated.txt')?.findings.map((f) => f.ruleId);
    const inLicence = await cachedRun({ files, date: '2024-05-01' });
    expect(rules(inLicence.checks)).toEqual(['missing-attribution']);
    const undated = inLicence.checks.filter((c) => c.fallbackDate !== undefined).map((c) => c.file);
    expect(undated).toContain('content/d-undated.txt');
    expect(undated).not.toContain('content/a-none.txt');
    expect((await cachedRun({ files, date: '2024-05-01' })).matched).toEqual([]);
    const expired = await cachedRun({ files, date: '2031-06-01' });
    expect(expired.matched).toEqual(undated.sort());
    expect(rules(expired.checks)).not.toEqual(['missing-attribution']);
  });

  it('skips a cached file, unchanged, that a lower --max-file-size puts over the limit', async () => {
    project();
    await settle();
    await cachedRun();
    expect((await cachedRun()).matched).toEqual([]);
    const size = ws.read('content/b-alias.txt').length;
    const limited = await cachedRun({ maxFileSize: size - 1 });
    const alias = limited.checks.find((c) => c.file === 'content/b-alias.txt');
    expect(alias).toMatchObject({ findings: [], skipped: expect.stringContaining('over the') });
    // the limit raised again: the cached results stand
    const again = await cachedRun();
    expect(again.checks.find((c) => c.file === 'content/b-alias.txt')?.findings.length).toBeGreaterThan(0);
  });

  it('starts afresh from a cache file that is not what it wrote', async () => {
    project();
    await cachedRun();
    writeFileSync(ws.at('.laiyuan-cache/results.bin'), '{"format":1,"key":');
    writeFileSync(ws.at('.laiyuan-cache/corpus-stamps.json'), '{"format":1,"files":{"/x":');
    writeFileSync(ws.at('.laiyuan-cache/index-cri.bin'), '这不是索引');
    const after = await cachedRun();
    expect(after.matched).toEqual(FILES);
    expect(after.indexesBuilt).toBe(1);
  });
});
