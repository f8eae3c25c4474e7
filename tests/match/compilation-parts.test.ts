// A 综合 piece that quotes the first and the last paragraph of an article with two paragraphs of
// its editor's own between them (some 200 characters, as long as the article's middle) was one
// passage from the first part to the last, similarity 1.00, the editor's paragraphs quoted as
// reused: chains joined across a gap that might be reworded, and sentence scoring kept the span
// from its first reused sentence to its last. The evidence must name each part on its own; only
// a middle that rewords the article's is held in one passage, its similarity counting the middle.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import type { Reuse } from '../../src/core/match/types.js';
import type { Span } from '../../src/core/shared/types.js';
import { article, textDoc } from '../helpers/docs.js';
import { ARTICLE, EDITOR, PARAGRAPHS, REWORDED, compilation } from '../helpers/compilation.js';

const index = buildIndex([article('flood', ARTICLE)], DEFAULT_MATCH, '');

function reuseOf(text: string): Reuse {
  const found = findReuse(textDoc(text), index);
  expect(found.map((r) => r.article.id)).toEqual(['flood']);
  return found[0];
}

const quoted = (text: string, span: Span): string => text.slice(span.start, span.end);
/** A paragraph as a passage quotes it: normalising leaves the closing stop out. */
const asQuoted = (p: string): string => p.replace(/。$/u, '');

describe('a 综合 piece taking two parts of an article, its editor’s own paragraphs between them', () => {
  const text = compilation('多地迎战强降雨 各方合力防汛救灾', EDITOR);

  it('has 200 to 400 characters of the editor’s between the parts, about as many as the article’s middle', () => {
    const between = EDITOR.join('').length;
    expect(between).toBeGreaterThanOrEqual(200);
    expect(between).toBeLessThanOrEqual(400);
    expect(Math.abs(between - PARAGRAPHS.slice(1, 4).join('').length)).toBeLessThan(between / 2);
  });

  it('reports each part as a passage of its own, word for word on both sides, similarity 1', () => {
    const reuse = reuseOf(text);
    const want = [asQuoted(PARAGRAPHS[0]), asQuoted(PARAGRAPHS[4])];
    expect(reuse.passages.map((p) => quoted(text, p.doc))).toEqual(want);
    expect(reuse.passages.map((p) => quoted(ARTICLE, p.source))).toEqual(want);
    expect(reuse.passages.map((p) => p.similarity)).toEqual([1, 1]);
  });

  it('quotes none of the editor’s text as reused', () => {
    const editor = { start: text.indexOf(EDITOR[0]), end: text.indexOf(EDITOR[1]) + EDITOR[1].length };
    for (const p of reuseOf(text).passages) expect(p.doc.end <= editor.start || p.doc.start >= editor.end).toBe(true);
  });

  it('measures the same coverage as a page holding the two parts with nothing between them', () => {
    const alone = reuseOf(compilation('多地迎战强降雨', []));
    const reuse = reuseOf(text);
    expect(reuse.coverage).toBe(alone.coverage);
    expect(reuse.passages.map((p) => quoted(ARTICLE, p.source))).toEqual(alone.passages.map((p) => quoted(ARTICLE, p.source)));
  });
});

describe('a 洗稿 that rewords the article’s middle between two parts taken word for word', () => {
  const text = compilation('多地迎战强降雨', REWORDED);

  it('is one passage over the reworded middle, its similarity well under 1: the middle counts', () => {
    const reuse = reuseOf(text);
    expect(reuse.passages).toHaveLength(1);
    const [passage] = reuse.passages;
    expect(quoted(text, passage.doc)).toContain(REWORDED.join('\n\n'));
    expect(passage.similarity).toBeLessThan(DEFAULT_MATCH.editedSimilarity);
  });
});
