// A warm --cache run over an unchanged repository checked against an index file reads no corpus,
// builds no index and matches nothing (spies on the corpus reader, buildIndex, narrowIndex and
// checkDocument); a changed file is matched again, alone.
import { appendFileSync, renameSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { checkDocument } from '../../src/core/judge/check-document.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { buildArchive } from '../../src/io/archive.js';
import { checkWithCache, projectKey, ResultCache } from '../../src/io/cache.js';
import { checkFiles, type CheckOptions } from '../../src/io/check-files.js';
import { readCorpus } from '../../src/io/corpus-read.js';
import { loadProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';
import { makeWorkspace, REPRINTS, type Workspace } from '../cli-ci/workspace.js';

vi.mock('../../src/core/judge/check-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/judge/check-document.js')>();
  return { ...actual, checkDocument: vi.fn(actual.checkDocument) };
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
  return { ...actual, readCorpus: vi.fn(actual.readCorpus) };
});

const FILES = ['content/a-none.txt', 'content/b-alias.txt', 'content/e-wrong.html'];
let ws: Workspace;

afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

async function cachedRun() {
  for (const spy of [checkDocument, buildIndex, narrowIndex, readCorpus]) vi.mocked(spy).mockClear();
  const loaded = await loadProject({ cwd: ws.dir, rules: RULES, index: { file: 'archive.lyx' } });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const options: CheckOptions = { cwd: ws.dir, version: '0.1.0', date: '2025-06-01' };
  const cache = await ResultCache.open(ws.at('.laiyuan-cache'), await projectKey(loaded.value, '0.1.0', ws.dir));
  const checks = await checkWithCache(FILES, options, cache, (some) => checkFiles(some, loaded.value.project, options));
  expect(await cache.save()).toBeUndefined();
  return {
    findings: checks.flatMap((c) => c.findings.map((f) => `${c.file} ${f.ruleId} ${f.source?.articleId ?? '-'}`)),
    corpusReads: vi.mocked(readCorpus).mock.calls.length,
    indexesBuilt: vi.mocked(buildIndex).mock.calls.length,
    narrowed: vi.mocked(narrowIndex).mock.calls.length,
    matched: vi.mocked(checkDocument).mock.calls.map(([doc]) => doc.path),
  };
}

describe('--cache with an index file', () => {
  it('reads no corpus, builds no index and matches nothing on a warm run', async () => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
    const built = await buildArchive(ws.at('archive.lyx'), [ws.at('corpus')], { pack: await criPack(), match: DEFAULT_MATCH, cwd: ws.dir, version: '0.1.0' });
    expect(built.meta.articles).toBeGreaterThan(3);
    // the corpus folder is not there: only the index can answer
    renameSync(ws.at('corpus'), ws.at('corpus-elsewhere'));
    const first = await cachedRun();
    expect(first).toMatchObject({ corpusReads: 0, indexesBuilt: 0, narrowed: FILES.length, matched: FILES });
    expect(first.findings.filter((f) => f.startsWith('content/a-none.txt')).length).toBeGreaterThan(0);
    const second = await cachedRun();
    expect(second).toEqual({ ...first, narrowed: 0, matched: [] });
    appendFileSync(ws.at('content/b-alias.txt'), '\n记者：王晓\n');
    const third = await cachedRun();
    expect(third).toMatchObject({ corpusReads: 0, indexesBuilt: 0, narrowed: 1, matched: ['content/b-alias.txt'] });
  });
});
