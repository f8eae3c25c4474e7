// The evidence of a 综合 piece that quotes two paragraphs of an archive article with two of its
// editor's own between them, as check --format json gives it: a passage per quoted paragraph,
// each at its own line:col with its own words and similarity, none quoting the editor's text.
// It was one passage from the first paragraph to the last at similarity 1.00.
import { describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';
import { ARTICLE, EDITOR, PARAGRAPHS, REWORDED, compilation } from '../helpers/compilation.js';

const ZONGHE = compilation('多地迎战强降雨 各方合力防汛救灾', EDITOR);
const XIGAO = compilation('多地迎战强降雨', REWORDED);

const { run } = useFiles('laiyuan-compilation-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  'corpus/cri-fangxun.txt': ARTICLE,
  'content/zonghe.txt': ZONGHE,
  'content/xigao.txt': XIGAO,
}));

/** The 1-based line of the line that starts with `paragraph`. */
const lineOf = (text: string, paragraph: string): number => text.split('\n').indexOf(paragraph) + 1;

function reuseFinding(results: CheckResults, file: string): Finding {
  const found = results.findings.filter((f) => f.file === file && f.ruleId === 'unauthorized-reuse');
  expect(found).toHaveLength(1);
  return found[0];
}

describe('check --format json, a 综合 piece with the editor’s paragraphs between two quoted ones', () => {
  it('gives a passage per quoted paragraph, at its line, word for word, similarity 1', () => {
    const results = JSON.parse(run(['check', 'content', '--format', 'json']).stdout) as CheckResults;
    const passages = reuseFinding(results, 'content/zonghe.txt').reuse?.passages ?? [];
    expect(passages.map((p) => ({ line: p.line, column: p.column, endLine: p.endLine, sourceLine: p.sourceLine, similarity: p.similarity }))).toEqual(
      [PARAGRAPHS[0], PARAGRAPHS[4]].map((p) => ({ line: lineOf(ZONGHE, p), column: 1, endLine: lineOf(ZONGHE, p), sourceLine: lineOf(ARTICLE, p), similarity: 1 })),
    );
    for (const [i, p] of passages.entries()) {
      const paragraph = [PARAGRAPHS[0], PARAGRAPHS[4]][i];
      expect(paragraph.startsWith(p.text ?? '')).toBe(true);
      expect(p.text?.length).toBeGreaterThanOrEqual(paragraph.length - 1);
      expect(p.sourceText).toBe(p.text);
    }
    const quoted = passages.map((p) => p.text).join('');
    for (const sentence of EDITOR.join('').split('。').filter(Boolean)) expect(quoted).not.toContain(sentence);
  });

  it('holds a 洗稿 of the middle between two quoted paragraphs in one passage whose similarity counts the middle', () => {
    const results = JSON.parse(run(['check', 'content', '--format', 'json']).stdout) as CheckResults;
    const passages = reuseFinding(results, 'content/xigao.txt').reuse?.passages ?? [];
    expect(passages.map((p) => [p.line, p.endLine])).toEqual([[lineOf(XIGAO, PARAGRAPHS[0]), lineOf(XIGAO, PARAGRAPHS[4])]]);
    expect(passages[0].similarity).toBeLessThan(0.9);
  });
});
