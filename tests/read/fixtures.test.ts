import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentRange } from '../../src/core/read/positions.js';
import type { DocFields, Document } from '../../src/core/read/types.js';
import { readDocuments } from '../../src/io/read-file.js';
import { expectTextOverRaw } from './invariants.js';

interface Position {
  line: number;
  column: number;
}

interface ExpectedDocument {
  fields: DocFields;
  fieldSpans?: Partial<Record<keyof DocFields, Position>>;
  probes: (Position & { text: string })[];
  absent?: string[];
}

interface Expected {
  skipped?: 'binary' | 'unreadable' | 'unknown-format';
  encoding?: string;
  bom?: boolean;
  eol?: string;
  format?: string;
  documents?: ExpectedDocument[];
  errors?: Position[];
}

const DIR = new URL('../../fixtures/docs/', import.meta.url);
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => ({
    fixture: name.slice(0, -'.expected.json'.length),
    expected: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Expected,
  }));

function startOf(doc: Document, offset: number): Position {
  const { line, column } = documentRange(doc, { start: offset, end: offset });
  return { line, column };
}

describe('reading fixtures/docs', () => {
  it('has a case for every encoding and format', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const encodings = new Set(cases.map((c) => c.expected.encoding));
    expect([...encodings].sort()).toEqual(['big5', 'gb18030', 'utf-16be', 'utf-16le', 'utf-8', undefined].sort());
  });

  it.each(cases)('$fixture', async ({ fixture, expected }) => {
    const display = `fixtures/docs/${fixture}`;
    const outcome = await readDocuments(fileURLToPath(new URL(fixture, DIR)), { displayPath: display });
    if (expected.skipped) {
      expect(outcome).toMatchObject({ ok: false, skipped: expected.skipped, error: { file: display } });
      return;
    }
    if (!outcome.ok) throw new Error(`${fixture} was skipped: ${outcome.error.message}`);
    expect(outcome.decoded).toEqual({ encoding: expected.encoding, bom: expected.bom, eol: expected.eol });
    expect(outcome.errors.map((e) => ({ file: e.file, line: e.line, column: e.column }))).toEqual(
      (expected.errors ?? []).map((e) => ({ file: display, ...e })),
    );
    const wanted = expected.documents ?? [];
    expect(outcome.documents).toHaveLength(wanted.length);
    outcome.documents.forEach((doc, i) => {
      const want = wanted[i];
      expect(doc.path).toBe(display);
      expect(doc.format).toBe(expected.format);
      expect(doc.fields).toEqual(want.fields);
      expectTextOverRaw(doc);
      for (const [field, position] of Object.entries(want.fieldSpans ?? {})) {
        const span = doc.fieldSpans[field as keyof DocFields];
        expect(span, `span of ${field}`).toBeDefined();
        if (span) expect(startOf(doc, span.start), `position of ${field}`).toEqual(position);
      }
      for (const probe of want.probes) {
        const at = doc.text.indexOf(probe.text);
        expect(at, `'${probe.text}' in the text`).toBeGreaterThanOrEqual(0);
        expect(startOf(doc, at), `position of '${probe.text}'`).toEqual({ line: probe.line, column: probe.column });
      }
      for (const hidden of want.absent ?? []) expect(doc.text).not.toContain(hidden);
    });
  });
});
