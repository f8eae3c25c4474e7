import { describe, expect, it } from 'vitest';
import { formatJson, jsonChunks } from '../../src/formats/json.js';
import { JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';

const FINDING_KEYS = [
  'ruleId', 'severity', 'pack', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'clause',
  'source', 'reuse', 'attribution', 'remedy', 'fingerprint', 'docs', 'document',
];
const PASSAGE_KEYS = [
  'line', 'column', 'endLine', 'endColumn', 'sourceLine', 'sourceColumn', 'sourceEndLine', 'sourceEndColumn', 'similarity', 'text', 'sourceText',
];

type Json = Record<string, unknown>;

function parse(): { text: string; out: Json; findings: Json[] } {
  const text = formatJson(sampleResults(), sampleOptions());
  const out = JSON.parse(text) as Json;
  return { text, out, findings: out.findings as Json[] };
}

describe('json formatter', () => {
  it('writes the top level and summary keys in contract order', () => {
    const { out } = parse();
    expect(Object.keys(out)).toEqual(['version', 'tool', 'summary', 'findings', 'errors']);
    expect(out.tool).toEqual({ name: 'laiyuan', version: '0.1.0' });
    expect(Object.keys(out.summary as Json)).toEqual(['filesChecked', 'filesWithFindings', 'errors', 'warnings', 'infos']);
    expect(out.summary).toEqual(sampleResults().summary);
  });

  it('writes every finding with exactly the contract keys, in order, and no fix', () => {
    const { findings } = parse();
    expect(findings).toHaveLength(5);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      expect(Object.keys(f.clause as Json)).toEqual(['number', 'text']);
      expect(Object.keys(f.attribution as Json)).toEqual(['claimed', 'expected']);
    }
    const withFix = sampleResults().findings.filter((f) => f.fix).map((f) => f.ruleId);
    expect(withFix).toEqual(['wrong-source', 'missing-attribution']);
  });

  it('writes source and reuse in contract order, new keys after the old ones', () => {
    const reprint = parse().findings[1];
    expect(reprint.ruleId).toBe('unauthorized-reuse');
    expect(Object.keys(reprint.source as Json)).toEqual(['articleId', 'title', 'file', 'url', 'date', 'origin', 'record', 'alsoIn']);
    const reuse = reprint.reuse as Json;
    expect(Object.keys(reuse)).toEqual(['kind', 'coverage', 'similarity', 'passages', 'docCoverage']);
    const passages = reuse.passages as Json[];
    expect(passages).toHaveLength(2);
    for (const p of passages) expect(Object.keys(p)).toEqual(PASSAGE_KEYS);
    expect(passages[0]).toMatchObject({ line: 7, column: 3, sourceLine: 6, sourceColumn: 3 });
  });

  it('carries the evidence: both passages\' words, the document\'s and the article\'s dates and addresses', () => {
    const reprint = parse().findings[1];
    const passage = (reprint.reuse as { passages: Json[] }).passages[0];
    expect(passage.text).toContain('在广西南宁隆重开幕');
    expect(passage.sourceText).toContain('在广西南宁开幕');
    expect(reprint.source).toMatchObject({ date: '2023-09-17 18:30:51', url: expect.stringMatching(/^http:\/\/news\.cri\.cn\//), record: null });
    expect(reprint.document).toEqual({ id: null, title: '东博会开幕 签约超4870亿元', date: '2023-09-18', url: 'https://www.example-news.cn/2023/09/18/dongbohui.html', record: null });
    expect((reprint.reuse as Json).docCoverage).toBe(0.912);
    const directive = formatJson({ ...sampleResults(), findings: [{ ...sampleResults().findings[3], document: undefined }] }, sampleOptions());
    expect((JSON.parse(directive) as { findings: Json[] }).findings[0].document).toBeNull();
  });

  it('keeps null source and reuse as null', () => {
    const nonstandard = parse().findings[3];
    expect(nonstandard).toMatchObject({ ruleId: 'nonstandard-attribution', source: null, reuse: null, file: JILIN_FILE });
    expect(nonstandard.attribution).toEqual({ claimed: '来源：CRI', expected: '来源:国际在线' });
  });

  it('rounds numbers to 3 decimals', () => {
    const reuse = parse().findings[1].reuse as { coverage: number; similarity: number; passages: { similarity: number }[] };
    expect(reuse.coverage).toBe(0.873);
    expect(reuse.similarity).toBe(0.962);
    expect(reuse.passages.map((p) => p.similarity)).toEqual([0.978, 1]);
    expect((parse().findings[2].reuse as { coverage: number }).coverage).toBe(0.412);
  });

  it('indents by 2 spaces, ends in a newline and leaves Chinese unescaped', () => {
    const { text } = parse();
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(text).toContain('"claimed": "来源：新华网"');
    expect(text).toContain(`"file": "${REPRINT_FILE}"`);
    expect(text).toContain('“来源:国际在线”');
  });

  it('keeps a message with %, : and a newline as it is', () => {
    const wrong = parse().findings[0];
    expect(wrong.message).toBe(sampleResults().findings[0].message);
    expect(wrong.message).toContain('87%: 近乎全文转载');
    expect(wrong.message).toContain('\n');
  });

  it('writes file errors with a stable key set', () => {
    const errors = parse().out.errors as Json[];
    expect(errors).toEqual([{ file: '稿件/旧稿 gbk.txt', line: 3, column: 7, message: sampleResults().errors[0].message }]);
    const bare = { ...sampleResults(), errors: [{ file: '稿件/空.txt', message: '文件是空的' }] };
    const out = JSON.parse(formatJson(bare, sampleOptions())) as { errors: Json[] };
    expect(out.errors[0]).toEqual({ file: '稿件/空.txt', line: null, column: null, message: '文件是空的' });
  });

  it('comes in pieces that joined are the whole report as JSON.stringify writes it: none, one or many findings, over a million characters', () => {
    const one = sampleResults();
    const many = { ...one, findings: Array.from({ length: 3000 }, (_, i) => one.findings[i % one.findings.length]) };
    for (const results of [one, many, { ...one, findings: [], errors: [] }]) {
      const pieces = [...jsonChunks(results, sampleOptions())];
      const whole = pieces.join('');
      expect(JSON.parse(whole)).toEqual(JSON.parse(formatJson(results, sampleOptions())));
      // the text a single JSON.stringify of the parsed report gives: same indentation, same escapes
      expect(whole).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
      if (results === many) {
        expect(whole.length).toBeGreaterThan(2 << 20);
        expect(pieces.length).toBeGreaterThan(2);
        expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.1 * (1 << 20));
      }
    }
  });
});
