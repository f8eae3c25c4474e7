// The cache in process, with spies on checkDocument (the matching) and buildIndex: a second run
// over an unchanged project matches nothing, and each key, changed, brings the work back.
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDocument } from '../../src/core/judge/check-document.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { checkWithCache, projectKey, ResultCache } from '../../src/io/cache.js';
import { checkFiles, type CheckOptions } from '../../src/io/check-files.js';
import { cachingIndexer } from '../../src/io/index-cache.js';
import { loadProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { makeWorkspace, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

vi.mock('../../src/core/judge/check-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/judge/check-document.js')>();
  return { ...actual, checkDocument: vi.fn(actual.checkDocument) };
});
vi.mock('../../src/core/match/corpus-index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/match/corpus-index.js')>();
  return { ...actual, buildIndex: vi.fn(actual.buildIndex) };
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

/** One cached run as `check --cache` makes it; returns the checks, the documents matched and the indexes built. */
async function cachedRun(options: { version?: string; date?: string; files?: string[] } = {}) {
  vi.mocked(checkDocument).mockClear();
  vi.mocked(buildIndex).mockClear();
  const version = options.version ?? '0.1.0';
  const dir = ws.at('.laiyuan-cache');
  const loaded = await loadProject({ cwd: ws.dir, rules: RULES, indexer: cachingIndexer(() => dir, version, (note) => expect.fail(note)) });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const checkOptions: CheckOptions = { cwd: ws.dir, version, date: options.date };
  const cache = await ResultCache.open(dir, await projectKey(loaded.value, version, ws.dir));
  const checks = await checkWithCache(options.files ?? FILES, checkOptions, cache, (some) => checkFiles(some, loaded.value.project, checkOptions));
  expect(await cache.save()).toBeUndefined();
  return {
    checks,
    matched: vi.mocked(checkDocument).mock.calls.map(([doc]) => doc.path).sort(),
    indexesBuilt: vi.mocked(buildIndex).mock.calls.length,
  };
}

describe('--cache', () => {
  it('does no matching and builds no index on a second run over an unchanged project, with the same results', async () => {
    project();
    const first = await cachedRun();
    expect(first.matched).toEqual(FILES);
    expect(first.indexesBuilt).toBe(1);
    expect(first.checks.flatMap((c) => c.findings).length).toBeGreaterThan(0);
    const second = await cachedRun();
    expect(second.matched).toEqual([]);
    expect(second.indexesBuilt).toBe(0);
    // documents are read again from the file (no matching), so what looks at the text after a check still sees it
    expect(second.checks).toEqual(first.checks);
  });

  it('checks again only the file whose content changed', async () => {
    project();
    await cachedRun();
    appendFileSync(ws.at('content/b-alias.txt'), '\n（责任编辑：王晓）\n');
    const after = await cachedRun();
    expect(after.matched).toEqual(['content/b-alias.txt']);
    expect(after.indexesBuilt).toBe(0);
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

  it('checks everything again when a pack changes', async () => {
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

  it('starts afresh from a cache file that is not what it wrote', async () => {
    project();
    await cachedRun();
    writeFileSync(ws.at('.laiyuan-cache/results.json'), '{"format":1,"key":');
    writeFileSync(ws.at('.laiyuan-cache/index-cri.bin'), '这不是索引');
    const after = await cachedRun();
    expect(after.matched).toEqual(FILES);
    expect(after.indexesBuilt).toBe(1);
  });
});
