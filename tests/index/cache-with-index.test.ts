// A warm --cache run over an unchanged repository checked against an index file reads no corpus,
// builds no index, opens no index and matches nothing (spies on the corpus reader, buildIndex,
// FileIndexStore.open, narrowIndex and detectDocument); a changed file is matched again, alone. The
// index is known by its header: a copy (new stats, same bytes, checked whole once, not opened)
// keeps the cache warm, a rebuild over an edited corpus does not.
import { appendFileSync, copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { detectDocument } from '../../src/core/judge/check-document.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { buildArchive } from '../../src/io/archive.js';
import { checkWithCache } from '../../src/io/cache.js';
import { checkFiles } from '../../src/io/check-files.js';
import type { CheckOptions } from '../../src/io/file-check.js';
import { readCorpus, readCorpusFiles } from '../../src/io/corpus-read.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { loadProject } from '../../src/io/project.js';
import { openRunCache } from '../../src/io/run-cache.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';
import { makeWorkspace, settle, REPRINTS, type Workspace } from '../cli-ci/workspace.js';

vi.mock('../../src/core/judge/check-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/judge/check-document.js')>();
  return { ...actual, detectDocument: vi.fn(actual.detectDocument) };
});
vi.mock('../../src/core/match/corpus-index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/match/corpus-index.js')>();
  return { ...actual, buildIndex: vi.fn(actual.buildIndex) };
});
vi.mock('../../src/core/match/narrow.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/match/narrow.js')>();
  return { ...actual, narrowIndex: vi.fn(actual.narrowIndex) };
});
vi.mock('../../src/io/corpus-read.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/corpus-read.js')>();
  return { ...actual, readCorpus: vi.fn(actual.readCorpus), readCorpusFiles: vi.fn(actual.readCorpusFiles) };
});

const FILES = ['content/a-none.txt', 'content/b-alias.txt', 'content/e-wrong.html'];
let ws: Workspace;

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

async function cachedRun(index = 'archive.lyx') {
  for (const spy of [detectDocument, buildIndex, narrowIndex, readCorpus, readCorpusFiles]) vi.mocked(spy).mockClear();
  const opened = vi.spyOn(FileIndexStore, 'open');
  const loaded = await loadProject({ cwd: ws.dir, rules: RULES, index: { file: index }, lazy: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const options: CheckOptions = { cwd: ws.dir, version: '0.1.0', date: '2025-06-01' };
  const cache = await openRunCache(loaded.value, { dir: ws.at('.laiyuan-cache'), version: '0.1.0', cwd: ws.dir, onNote: (note) => expect.fail(note) });
  const check = async (some: string[]) => {
    await loaded.value.complete();
    return checkFiles(some, loaded.value.project, options);
  };
  const checks = await checkWithCache(FILES, options, cache, check);
  expect(await cache.save()).toBeUndefined();
  const result = {
    findings: checks.flatMap((c) => c.findings.map((f) => `${c.file} ${f.ruleId} ${f.source?.articleId ?? '-'}`)),
    sources: [...new Set(checks.flatMap((c) => c.findings.map((f) => f.source?.file ?? '-')))].sort(),
    corpusReads: vi.mocked(readCorpus).mock.calls.length + vi.mocked(readCorpusFiles).mock.calls.length,
    indexesBuilt: vi.mocked(buildIndex).mock.calls.length,
    indexesOpened: opened.mock.calls.length,
    narrowed: vi.mocked(narrowIndex).mock.calls.length,
    matched: vi.mocked(detectDocument).mock.calls.map(([doc]) => doc.path),
  };
  opened.mockRestore();
  for (const store of loaded.value.project.stores?.values() ?? []) await store.close();
  return result;
}

async function build(file = 'archive.lyx') {
  return buildArchive(ws.at(file), [ws.at('corpus')], { pack: await criPack(), match: DEFAULT_MATCH, cwd: ws.dir, version: '0.1.0' });
}

describe('--cache with an index file', () => {
  it('reads no corpus, builds no index, opens no index and matches nothing on a warm run', async () => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
    const built = await build();
    expect(built.meta?.articles).toBeGreaterThan(3);
    // the corpus folder is not there: only the index can answer
    renameSync(ws.at('corpus'), ws.at('corpus-elsewhere'));
    const first = await cachedRun();
    expect(first).toMatchObject({ corpusReads: 0, indexesBuilt: 0, indexesOpened: 1, narrowed: FILES.length, matched: FILES });
    expect(first.findings.filter((f) => f.startsWith('content/a-none.txt')).length).toBeGreaterThan(0);
    const second = await cachedRun();
    expect(second).toEqual({ ...first, indexesOpened: 0, narrowed: 0, matched: [] });
    appendFileSync(ws.at('content/b-alias.txt'), '\n记者：王晓\n');
    const third = await cachedRun();
    expect(third).toMatchObject({ corpusReads: 0, indexesBuilt: 0, indexesOpened: 1, narrowed: 1, matched: ['content/b-alias.txt'] });
  });

  it('stays warm on a copy of the index (other stats, same bytes), and checks everything again against an index rebuilt over an edited corpus', async () => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
    await build();
    await settle();
    const first = await cachedRun();
    copyFileSync(ws.at('archive.lyx'), ws.at('copy.lyx'));
    rmSync(ws.at('archive.lyx'));
    renameSync(ws.at('copy.lyx'), ws.at('archive.lyx'));
    expect(await cachedRun()).toMatchObject({ indexesOpened: 0, matched: [] });
    // a paragraph of a source article edited: the same length of text, other words
    const page = ws.read('corpus/cri-04-changbaishan-huaxue-jie.txt').toString('utf8');
    expect(page).toContain('第十一届长白山国际滑雪节');
    writeFileSync(ws.at('corpus/cri-04-changbaishan-huaxue-jie.txt'), page.replace('第十一届长白山国际滑雪节', '第十二届长白山国际滑雪节'));
    await build();
    const rebuilt = await cachedRun();
    expect(rebuilt).toMatchObject({ indexesOpened: 1, matched: FILES });
    expect(rebuilt.findings).toEqual(first.findings);
  });

  it('checks everything again when --index names a copy of the index in another folder: its corpus files are named from there', async () => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
    await build();
    await settle();
    const here = await cachedRun();
    expect(here.sources).toContain('corpus/cri-04-changbaishan-huaxue-jie.txt');
    mkdirSync(ws.at('moved'));
    copyFileSync(ws.at('archive.lyx'), ws.at('moved/archive.lyx'));
    const moved = await cachedRun('moved/archive.lyx');
    expect(moved).toMatchObject({ indexesOpened: 1, matched: FILES });
    expect(moved.sources).toContain('moved/corpus/cri-04-changbaishan-huaxue-jie.txt');
  });
});
