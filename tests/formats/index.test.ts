import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters, isFormatName } from '../../src/formats/index.js';
import { sampleOptions, sampleResults } from './sample-results.js';

describe('formatters', () => {
  it('has one formatter per format name', () => {
    expect(FORMAT_NAMES).toEqual(['pretty', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'rdjson']);
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
