// A finding's region counts the file's columns, where a character written as a reference
// (&#26469;) or escape (\u6765) takes several; its excerpt is the words of that region all the same.
import { describe, expect, it } from 'vitest';
import { withExcerpts } from '../../src/core/judge/excerpts.js';
import type { Finding } from '../../src/core/judge/types.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { parseDocuments } from '../../src/core/read/index.js';
import { documentRange } from '../../src/core/read/positions.js';

/** Each character beyond ASCII written as a numeric character reference, as some CMS exports do. */
const referenced = (text: string) => text.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);

describe('the excerpt of a finding in a page written with character references', () => {
  it('is the credit the region covers, not the characters its columns count in the read line', () => {
    const raw = `<h1>${referenced('春季招聘会在京开幕')}</h1>\n<p>${referenced('3月1日，春季招聘会在北京开幕。（来源：CRI）')}</p>\n`;
    const [doc] = parseDocuments(raw, 'zhaopin.html', 'html').documents;
    const [claim] = extractMetadata(doc).sources;
    const region = documentRange(doc, claim.line.span);
    const [finding] = withExcerpts([{ ...region } as Finding], doc);
    expect(finding.excerpt?.snippet).toBe('（来源：CRI）');
  });
});
