// An archive article prepared for a check keeps no map from its normalised text back to its own:
// the map is half of what such an article holds, and only one a document reuses needs it (where a
// passage stands, where the page's body begins). It is made again when asked for, and must be the
// map the article's text came from, whatever other articles were asked for in between.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { findBoilerplate } from '../../src/core/match/boilerplate.js';
import { articleText, preparedArticle } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { articleBytes } from '../../src/core/match/kept-articles.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import type { Reuse } from '../../src/core/match/types.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { criCorpus, readAll, ROOT } from '../helpers/corpus.js';
import { fixtureArchive } from '../helpers/archive-file.js';
import { article, fixture } from '../helpers/docs.js';

const FOOTER = '本网站所刊登的各种新闻信息和各种专题专栏资料，均为本网站版权所有，未经协议授权禁止下载使用。';
const STORIES = ['cri-01-zhongou-banlie-changchun', 'cri-02-rouxing-gaitaikuang-dianchi', 'cri-04-changbaishan-huaxue-jie'].map((name) => fixture(`corpus/cri/${name}.txt`));

describe('an article prepared for a check', () => {
  // two pages under the site's footer (a masked line), one without
  const texts = [`${STORIES[0]}\n${FOOTER}\n`, `${STORIES[1]}\r\n${FOOTER}\r\n`, STORIES[2]];
  const boilerplate = findBoilerplate([...texts, `${STORIES[2]}\n${FOOTER}\n`], 0.05, '');
  const articles = texts.map((text, i) => article(`cri-0${i}`, text));

  it('makes again the map its text came from, whichever article was asked for last', () => {
    const ready = articles.map((a) => preparedArticle(a, boilerplate, 0));
    const maps = articles.map((a) => articleText(a, boilerplate).map);
    expect(ready[0].norm.text).not.toContain('本网站版权所有');
    for (const i of [0, 1, 0, 2, 2, 1]) {
      expect(ready[i].norm.text).toBe(articleText(articles[i], boilerplate).text);
      expect([...ready[i].norm.map]).toEqual([...maps[i]]);
    }
  });

  it('counts no map in its bytes, which come to under two thirds of what they were', () => {
    for (const a of articles) {
      const ready = preparedArticle(a, boilerplate, 0);
      const withMap = { ...ready, norm: articleText(a, boilerplate) };
      expect(articleBytes(ready)).toBe(articleBytes(withMap) - 4 * ready.norm.text.length);
      expect(articleBytes(ready)).toBeLessThan((2 / 3) * articleBytes(withMap));
    }
  });
});

describe('findings against an index file, the candidates’ maps made again', () => {
  let dir: string;
  let store: FileIndexStore;
  beforeAll(async () => {
    let file: string;
    ({ dir, file } = await fixtureArchive(['fixtures/corpus/cri', 'fixtures/seed'], 'laiyuan-map-'));
    store = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT, preload: false });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each reuse's passages as the texts they stand on, both sides: spans that moved would show other text. */
  const passages = (reuses: Reuse[], text: string) =>
    reuses.map((r) => ({ id: r.article.id, kind: r.kind, passages: r.passages.map((p) => [text.slice(p.doc.start, p.doc.end), r.article.doc.text.slice(p.source.start, p.source.end)]) }));

  it('give the passages the corpus folder gives, each document measured after the others were', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse']);
    // every document narrowed first, then measured: the maps each asks for are made after all
    // the others' articles were prepared (and some of theirs asked for)
    const narrowed = [];
    for (const doc of docs) narrowed.push(await narrowIndex(doc, store, DEFAULT_MATCH));
    let found = 0;
    for (const [i, doc] of docs.entries()) {
      const expected = passages(findReuse(doc, index), doc.text);
      found += expected.length;
      expect(passages(findReuse(doc, narrowed[i]), doc.text), doc.path).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10);
  });
});
