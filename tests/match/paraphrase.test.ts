// 洗稿 (fixtures/paraphrase, written by scripts/make-paraphrase-fixtures.mjs): a quarter of the words
// replaced — every copy found; two fifths — at least nine in ten; always as an edited copy of the
// right article, and nothing found in another outlet's report of the same event.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReuse } from '../../src/core/match/index.js';
import { criCorpus, readOne, ROOT } from '../helpers/corpus.js';

interface Expected {
  article: string;
  kind: 'edited';
  wordsReplaced: number;
}

const DIR = 'fixtures/paraphrase';
const cases = readdirSync(path.join(ROOT, DIR))
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(ROOT, DIR, `${name}.expected.json`), 'utf8')) as Expected }));

async function outcome(name: string, expected: Expected): Promise<'found' | 'missed'> {
  const { index } = await criCorpus();
  const reuses = findReuse(await readOne(`${DIR}/${name}`), index);
  const hit = reuses.find((r) => r.article.id === expected.article);
  if (!hit) return 'missed';
  expect(reuses.map((r) => r.article.id), `${name}: only its own article`).toEqual([expected.article]);
  expect(hit.kind, name).toBe('edited');
  return 'found';
}

describe('paraphrase: sentences reworded, split, merged, moved, numbers rewritten', () => {
  it('has at least ten cases at each strength', () => {
    expect(cases.filter((c) => c.expected.wordsReplaced === 0.25).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.expected.wordsReplaced === 0.4).length).toBeGreaterThanOrEqual(10);
  });

  it('a quarter of the words replaced: every copy is found', async () => {
    const results = await Promise.all(cases.filter((c) => c.expected.wordsReplaced === 0.25).map((c) => outcome(c.name, c.expected)));
    expect(results.filter((r) => r === 'missed')).toEqual([]);
  });

  it('two fifths of the words replaced: at least nine in ten are found', async () => {
    const strong = cases.filter((c) => c.expected.wordsReplaced === 0.4);
    const results = await Promise.all(strong.map((c) => outcome(c.name, c.expected)));
    expect(results.filter((r) => r === 'found').length / strong.length).toBeGreaterThanOrEqual(0.9);
  });
});
