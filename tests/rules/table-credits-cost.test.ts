// What a table of credits costs: whether a table holds data is weighed once a table, not once a
// credit in it, and the page's fields are gathered once a document, not once a line asked of. A
// page with a long table of 来源 rows (a customs office's list under a column of dates) was read
// in time proportional to its credits times its rows times its fields. Counted in calls, not timed.
import { describe, expect, it, vi } from 'vitest';
import type { Metadata } from '../../src/core/metadata/types.js';
import type * as HeaderLines from '../../src/core/metadata/header-lines.js';
import { isHeaderLine } from '../../src/core/metadata/header-lines.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { splitLines } from '../../src/core/shared/lines.js';
import { LICENCE, check, documentOf, paragraphs, type Case } from './harness.js';

const calls = vi.hoisted(() => ({ headMatter: 0 }));
vi.mock('../../src/core/metadata/header-lines.js', async (original) => {
  const real = await original<typeof HeaderLines>();
  const isHeadMatterLine: typeof real.isHeadMatterLine = (...args) => {
    calls.headMatter++;
    return real.isHeadMatterLine(...args);
  };
  return { ...real, isHeadMatterLine };
});

const HTML: Case = { licences: [LICENCE], path: 'content/licensed/banlie.html' };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const DATES = Array.from({ length: 60 }, (_, i) => `<tr><td>2023-11-${String((i % 28) + 1).padStart(2, '0')} 09:45</td></tr>`);
const CREDITS = Array.from({ length: 200 }, (_, i) => `<tr><td>来源：</td><td>长春海关第${i + 1}监管科</td></tr>`);

function page(): string {
  const body = BANLIE.map((p) => `<p>${p}</p>`);
  body.splice(3, 0, '<table class="list">', ...DATES, ...CREDITS, '</table>');
  return [`<html><head><title>${HEADLINE}</title></head><body>`, `<h1>${HEADLINE}</h1>`, '<div class="info">2023-11-21 09:45　来源：国际在线　责编：张萌</div>', ...body, '</body></html>', ''].join('\n');
}

describe('a table of 200 来源 rows under 60 dates', () => {
  it('is weighed once, at most 40 rows, not once a credit', async () => {
    calls.headMatter = 0;
    await check(page(), HTML);
    expect(calls.headMatter).toBeGreaterThan(0);
    expect(calls.headMatter).toBeLessThanOrEqual(40);
  });

  it('its page’s dates, editors and credits are gathered once, whatever lines are asked of', () => {
    const doc = documentOf(page(), HTML.path);
    const read = extractMetadata(doc);
    let gathered = 0;
    const metadata: Metadata = { ...read, get dates() {
      gathered++;
      return read.dates;
    } };
    for (const line of splitLines(doc.text)) isHeaderLine(doc, metadata, line);
    expect(gathered).toBe(1);
  });
});
