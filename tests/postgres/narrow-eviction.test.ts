// Many documents in flight against a server index whose kept articles are few: a document's
// kept candidates may be dropped by other documents' calls while it waits for its fetch (the
// race fixed in 90d4846: 'article N was prepared and then lost'). Findings must be those of the
// documents checked one by one.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { findReuse } from '../../src/core/match/index.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import type { Document } from '../../src/core/read/types.js';
import { ServerIndexStore } from '../../src/io/postgres/store.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { laiyuan } from '../e2e/cli.js';
import { ROOT, readAll } from '../helpers/corpus.js';
import { freshSchema, type TestSchema } from './schema.js';

let site: string;
let built: TestSchema;
let docs: Document[];

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-evict-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/corpus/cri'), path.join(site, 'corpus/fixtures'), { recursive: true });
  built = freshSchema();
  expect(laiyuan(['index', 'build', '--index', built.url], { cwd: site }).code).toBe(0);
  docs = await readAll(['fixtures/reuse', 'fixtures/demo/content', 'fixtures/seed']);
}, 120000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** What each document reuses: article, coverage and passages, as findReuse reports them. */
async function reuses(store: ServerIndexStore, doc: Document, keep?: number): Promise<string> {
  const found = findReuse(doc, await narrowIndex(doc, store, DEFAULT_MATCH, keep));
  return JSON.stringify(found.map((r) => ({ ...r, article: r.article.id })));
}

describe('articles kept ready while many documents are in flight', { timeout: 120000 }, () => {
  it('some three articles kept (30 kB), every document three times at once: each finds what it finds alone', async () => {
    const alone = await ServerIndexStore.open(serverTarget(built.url));
    const expected: string[] = [];
    try {
      for (const doc of docs) expected.push(await reuses(alone, doc));
    } finally {
      await alone.close();
    }
    expect(docs.length).toBeGreaterThan(20);
    expect(expected.filter((e) => e !== '[]').length).toBeGreaterThan(15);

    const store = await ServerIndexStore.open(serverTarget(built.url), { concurrency: 4 });
    try {
      const rounds = [0, 1, 2].map(() => Promise.all(docs.map((doc) => reuses(store, doc, 30000))));
      for (const round of await Promise.all(rounds)) expect(round).toEqual(expected);
    } finally {
      await store.close();
    }
  });
});
