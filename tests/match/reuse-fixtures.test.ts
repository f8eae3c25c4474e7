import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReuse } from '../../src/core/match/index.js';
import { normalize } from '../../src/core/normalize/index.js';
import { documentRange } from '../../src/core/read/positions.js';
import { similarity } from '../../src/core/match/index.js';
import { criCorpus, readOne, ROOT } from '../helpers/corpus.js';

interface Expected {
  article: string;
  kind: 'reprint' | 'excerpt' | 'edited';
  edits: string[];
  copied: string[];
}

const dir = 'fixtures/reuse';
const cases = readdirSync(path.join(ROOT, dir))
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ file: `${dir}/${f.replace(/\.expected\.json$/u, '')}`, expected: JSON.parse(readFileSync(path.join(ROOT, dir, f), 'utf8')) as Expected }));

describe('derived documents: every realistic edit still finds the right article, kind and passages', () => {
  it('has at least 60 cases built on at least 18 articles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.expected.article)).size).toBeGreaterThanOrEqual(18);
  });

  it.each(cases)('$file', async ({ file, expected }) => {
    const { index } = await criCorpus();
    const doc = await readOne(file);
    const reuses = findReuse(doc, index);
    const reuse = reuses.find((r) => r.article.id === expected.article);
    expect(reuse, `found ${reuses.map((r) => r.article.id).join(', ') || 'nothing'}`).toBeDefined();
    expect(reuses[0].article.id).toBe(expected.article);
    expect(reuse!.kind).toBe(expected.kind);
    for (const sentence of expected.copied) {
      const at = doc.text.indexOf(sentence);
      expect(at, `"${sentence}" is in the document`).toBeGreaterThanOrEqual(0);
      const inside = reuse!.passages.some((p) => p.doc.start <= at + 2 && p.doc.end >= at + sentence.length - 2);
      expect(inside, `"${sentence}" lies inside a reported passage`).toBe(true);
    }
    for (const p of reuse!.passages) {
      // each passage reads the same in both files, and its positions point at it
      const mine = normalize(doc.text.slice(p.doc.start, p.doc.end)).text;
      const theirs = normalize(reuse!.article.doc.text.slice(p.source.start, p.source.end)).text;
      expect(similarity(mine, theirs)).toBeGreaterThan(expected.kind === 'edited' ? 0.5 : 0.8);
      const range = documentRange(doc, p.doc);
      expect(range.line).toBeGreaterThanOrEqual(1);
      expect(range.endLine).toBeGreaterThanOrEqual(range.line);
    }
  });
});

describe('negatives: same event, stock phrases, site chrome, a short quote match nothing', () => {
  const negatives = readdirSync(path.join(ROOT, 'fixtures/negatives')).filter((f) => f !== 'README.md');
  it.each(negatives)('%s', async (name) => {
    const { index } = await criCorpus();
    const doc = await readOne(`fixtures/negatives/${name}`);
    expect(findReuse(doc, index).map((r) => r.article.id)).toEqual([]);
  });
});
