import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_MATCH, packReferenceIssues, resolveConfig } from '../../src/core/config/config.js';
import { RULE_IDS } from '../../src/core/config/rule-ids.js';
import { suggestion } from '../../src/core/config/validation.js';
import { parseYaml } from '../../src/io/yaml-errors.js';

const CONFIG = [
  '# 示例新闻网',
  'packs: [cri]',
  'licences:',
  '  - publisher: cri',
  '    licensee: 示例新闻网',
  '    actions: [转载, 摘编]',
  '    validFrom: 2024-01-01',
  '    validTo: 2026-12-31',
  'rules:',
  '  nonstandard-attribution: error',
  'match:',
  '  minPassage: 80',
  '',
].join('\n');

function resolveText(text: string, file = 'laiyuan.yaml') {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  return resolveConfig(parsed.value.data, file, '/site', parsed.value.locate);
}

describe('defaults', () => {
  it('are the matching numbers the detector was tuned with, the cri pack and the document globs', () => {
    expect(DEFAULT_MATCH).toEqual({
      k: 8, window: 4, minPassage: 50, reprintShare: 0.6, editedSimilarity: 0.9, editedShare: 0.03, minSentences: 3, minSentenceChars: 12, sentenceSimilarity: 0.6, boilerplateShare: 0.05, maxPostings: 50,
    });
    expect(DEFAULT_CONFIG.packs).toEqual(['cri']);
    expect(DEFAULT_CONFIG.include).toEqual(expect.arrayContaining(['**/*.txt', '**/*.md', '**/*.html', '**/*.jsonl']));
  });

  it('fill a config that is absent or empty, every value marked default', () => {
    for (const raw of [undefined, null]) {
      const resolved = resolveConfig(raw, raw === null ? 'laiyuan.yaml' : undefined, '/site');
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
      const { file: _file, root, ...values } = resolved.value.config;
      expect(root).toBe('/site');
      expect(values).toEqual({ ...DEFAULT_CONFIG, match: { ...DEFAULT_MATCH } });
      expect(new Set(Object.values(resolved.value.provenance))).toEqual(new Set(['default']));
    }
  });
});

describe('a written config', () => {
  it('is merged onto the defaults, each value with the line it came from', () => {
    const resolved = resolveText(CONFIG);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
    const { config, provenance } = resolved.value;
    expect(config.match).toEqual({ ...DEFAULT_MATCH, minPassage: 80 });
    expect(config.licences).toEqual([
      { publisher: 'cri', licensee: '示例新闻网', actions: ['转载', '摘编'], validFrom: '2024-01-01', validTo: '2026-12-31', paths: [] },
    ]);
    expect(config.rules).toEqual({ 'nonstandard-attribution': 'error' });
    expect(provenance).toMatchObject({
      packs: 'laiyuan.yaml:2',
      licences: 'laiyuan.yaml:3',
      'licences[0]': 'laiyuan.yaml:4',
      'rules.nonstandard-attribution': 'laiyuan.yaml:10',
      'match.minPassage': 'laiyuan.yaml:12',
      'match.k': 'default',
      include: 'default',
      corpus: 'default',
    });
  });

  it('written with CRLF line ends and a byte-order mark reports the same lines and columns', () => {
    const crlf = `\uFEFF${CONFIG.replace('validTo: 2026-12-31', 'validTo: 2026-12-32').replace(/\n/g, '\r\n')}`;
    expect(resolveText(crlf)).toEqual({
      ok: false,
      errors: [{ file: 'laiyuan.yaml', line: 8, column: 14, path: 'licences[0].validTo', message: "'2026-12-32' is not a date: write YYYY-MM-DD, e.g. 2024-01-01" }],
    });
  });

  it('counts columns in characters, not UTF-16 units or bytes', () => {
    const line = '  - {publisher: cri, licensee: 𠮷林新闻网, actions: [转载], validTo: 明年}';
    const resolved = resolveText(`licences:\n${line}\n`);
    if (resolved.ok) throw new Error('expected an error');
    const column = [...line].indexOf('明') + 1;
    expect(column).not.toBe(line.indexOf('明') + 1);
    expect(resolved.errors).toEqual([
      { file: 'laiyuan.yaml', line: 2, column, path: 'licences[0].validTo', message: "'明年' is not a date: write YYYY-MM-DD, e.g. 2024-01-01" },
    ]);
  });

  it('that is not a mapping is one error at its start', () => {
    expect(resolveText('- cri\n- 国际在线\n')).toEqual({ ok: false, errors: [{ file: 'laiyuan.yaml', line: 1, column: 1, message: "expected a mapping of keys to values, got a list: a laiyuan config is a mapping (packs: [cri], corpus:, licences: …), each key at the start of its line with no '- ' before it" }] });
  });

  it('that is an article given as the config is one short line: its start quoted, escaped, and what to give instead', () => {
    const article = ['中欧班列（长春）年内开行突破400列', '2024-11-21 09:45　来源：国际在线', '', '记者从长春国际陆港获悉，截至11月20日，中欧班列（长春）今年累计开行突破400列，同比增长一成以上。'.repeat(30)].join('\n');
    const resolved = resolveText(article);
    expect(resolved.ok).toBe(false);
    const [error] = resolved.ok ? [] : resolved.errors;
    const quote = /^expected a mapping of keys to values, got '(.*)…' \((\d+) characters\): this is not a laiyuan config; give the laiyuan\.yaml \(keys such as packs:, corpus:\)$/u.exec(error.message);
    expect(quote?.[1].startsWith('中欧班列（长春）年内开行突破400列')).toBe(true);
    expect([...(quote?.[1] ?? '')].length).toBeLessThanOrEqual(40);
    expect(Number(quote?.[2])).toBeGreaterThan(1000);
    expect(error.message).not.toContain('\n');
  });

  it('that is binary bytes decoded quotes no control character', () => {
    const resolved = resolveText('\ufffd\ufffd\u0000\u0000garbage');
    expect(resolved.ok ? '' : resolved.errors[0].message).toBe("expected a mapping of keys to values, got '\\ufffd\\ufffd\\u0000\\u0000garbage': this is not a laiyuan config; give the laiyuan.yaml (keys such as packs:, corpus:)");
  });

  it('may set every known rule, and nothing else', () => {
    const all = `rules:\n${RULE_IDS.map((id) => `  ${id}: off`).join('\n')}\n`;
    const resolved = resolveText(all);
    expect(resolved.ok && Object.keys(resolved.value.config.rules)).toEqual([...RULE_IDS]);
  });
});

describe('references to packs', () => {
  const WHAT = 'write one of their ids, or add its pack to packs: (a built-in pack id, a pack file or a notice text)';

  it('in licences and corpus must name a loaded pack', () => {
    const parsed = parseYaml('packs: [cri]\ncorpus:\n  CRI: [corpus/]\nlicences:\n  - {publisher: 国际在线, licensee: 示例新闻网, actions: [转载]}\n', 'laiyuan.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(packReferenceIssues(parsed.value.data, ['cri'])).toEqual([
      { path: ['licences', 0, 'publisher'], target: 'value', message: `unknown publisher '国际在线' (the packs are cri): ${WHAT}` },
      { path: ['corpus', 'CRI'], target: 'key', message: "unknown pack 'CRI', did you mean 'cri'?" },
    ]);
  });

  it('are told beside the other mistakes of the licence, in file order', () => {
    const parsed = parseYaml('packs: [cri]\nlicences:\n  - publisher: 新华社\n    actions: [转载, 转发]\n', 'laiyuan.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const resolved = resolveConfig(parsed.value.data, 'laiyuan.yaml', '/site', parsed.value.locate, ['cri']);
    expect(resolved.ok ? [] : resolved.errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      '3:5 licences[0].licensee',
      '3:16 licences[0].publisher',
      '4:19 licences[0].actions[1]',
    ]);
  });
});

describe('did you mean', () => {
  it('offers the closest name only when it is close', () => {
    expect(suggestion('licence', ['packs', 'corpus', 'licences', 'include'])).toBe(", did you mean 'licences'?");
    expect(suggestion('warn', ['error', 'warning', 'info', 'off'])).toBe(", did you mean 'warning'?");
    expect(suggestion('missing-atribution', [...RULE_IDS])).toBe(", did you mean 'missing-attribution'?");
    expect(suggestion('新华社', ['cri'])).toBe('');
    expect(suggestion('corpus', [])).toBe('');
  });
});
