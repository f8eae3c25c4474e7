// Property tests of the read, metadata and normalise stages: for any text, nothing throws, every
// span stays inside the text, and the normaliser's offset map runs forward and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/core/read/index.js';
import type { DocFormat } from '../../src/core/read/types.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { normalize, originalSpan } from '../../src/core/normalize/index.js';
import { expectTextOverRaw } from '../read/invariants.js';
import { anyUnits, hostileText } from './hostile-text.js';

const FORMATS: DocFormat[] = ['text', 'markdown', 'html', 'jsonl'];
const text = fc.oneof(hostileText(), anyUnits());

describe.each(FORMATS)('the %s reader', (format) => {
  it('reads any text without throwing; text lies over raw; errors name the file and a line', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { documents, errors } = parseDocuments(raw, `x.${format}`, format);
        for (const doc of documents) {
          // escapes and references of non-ASCII characters are read written out: a shorter raw text
          if (format !== 'jsonl') expect(doc.escaped ? doc.raw.length < raw.length : doc.raw === raw).toBe(true);
          expectTextOverRaw(doc);
          for (const span of Object.values(doc.fieldSpans)) {
            expect(span && 0 <= span.start && span.start <= span.end && span.end <= doc.raw.length).toBe(true);
          }
        }
        if (format !== 'jsonl') expect(documents).toHaveLength(1);
        for (const e of errors) {
          expect(e.file).toBe(`x.${format}`);
          expect(e.message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the metadata of anything it reads: spans inside the text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        for (const doc of parseDocuments(raw, `x.${format}`, format).documents) {
          const meta = extractMetadata(doc);
          const spans = [...meta.sources, ...meta.authors, ...meta.editors, ...meta.dates].map((v) => v.span);
          for (const span of spans) expect(0 <= span.start && span.start <= span.end && span.end <= doc.text.length).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the normaliser', () => {
  it('maps each unit forward to a later offset of the original, and the characters there normalise to the same text', () => {
    fc.assert(
      fc.property(text, (original) => {
        const norm = normalize(original);
        expect(norm.map.length).toBe(norm.text.length);
        for (let i = 0; i < norm.map.length; i++) {
          expect(norm.map[i]).toBeGreaterThanOrEqual(0);
          expect(norm.map[i]).toBeLessThan(original.length);
          if (i > 0) expect(norm.map[i]).toBeGreaterThan(norm.map[i - 1]);
        }
        // round trip: what the map points at, normalised again, is the same text
        const kept = Array.from(norm.map, (at) => original[at]).join('');
        expect(normalize(kept).text).toBe(norm.text);
        // any span of normalised text goes back to a span of the original in order
        for (let a = 0; a < norm.text.length; a += 7) {
          const span = originalSpan(norm, a, Math.min(norm.text.length, a + 5));
          expect(0 <= span.start && span.start <= span.end && span.end <= original.length).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
