import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters, isFormatName } from '../../src/formats/index.js';
import { sampleOptions, sampleResults } from './sample-results.js';

describe('formatters', () => {
  it('has one formatter per format name', () => {
    expect(FORMAT_NAMES).toEqual(['pretty', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'rdjson', 'html', 'markdown']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });

  it.each(FORMAT_NAMES)('%s is pure: same output twice, input untouched, Chinese intact', (name) => {
    const results = sampleResults();
    const first = formatters[name](results, sampleOptions());
    expect(formatters[name](results, sampleOptions())).toBe(first);
    expect(results).toEqual(sampleResults());
    expect(first.endsWith('\n')).toBe(true);
    expect(first).toContain('国际在线');
    expect(first).toContain('吉林日报');
    expect(first).not.toContain('\ufffd');
  });
});

describe('findings of laiyuan\'s own rules (no clause of a notice)', () => {
  it.each(FORMAT_NAMES)('%s prints no 第0条', (name) => {
    const results = sampleResults();
    const directive = {
      ...results.findings[0],
      ruleId: 'laiyuan-directive',
      message: '停用指令缺少理由：请在 -- 后写明为何停用',
      clause: { number: 0, text: '' },
      source: null,
      reuse: null,
    };
    const out = formatters[name]({ ...results, findings: [directive] }, sampleOptions());
    expect(out).toContain('laiyuan-directive');
    expect(out).not.toContain('第0条');
  });
});

describe('the words of the clause a finding rests on', () => {
  it('are what people are shown; JSON keeps the whole clause and no extra key', () => {
    const results = sampleResults();
    const quote = '使用时应注明“来源:国际在线”';
    const f = results.findings[0];
    const finding = { ...f, clause: { number: 3, text: `前文。已取得授权的被授权人,应严格在授权范围内使用,${quote}。后文。`, quote } };
    const withQuote = { ...results, findings: [finding] };
    expect(formatters.pretty(withQuote, sampleOptions(false, { evidence: true, width: 200 }))).toContain(`第3条：「…${quote}…」`);
    expect(formatters.github(withQuote, sampleOptions())).toContain(quote);
    const json = JSON.parse(formatters.json(withQuote, sampleOptions()));
    expect(json.findings[0].clause).toEqual({ number: 3, text: finding.clause.text });
  });
});
