// rdjson `suggestions` for fixable findings: applied to the files, they give what `--fix` writes.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

interface Position {
  line: number;
  column: number;
}
interface Suggestion {
  range: { start: Position; end: Position };
  text: string;
}
interface Diagnostic {
  location: { path: string };
  code: { value: string };
  suggestions?: Suggestion[];
}

const work = mkdtempSync(path.join(tmpdir(), 'laiyuan-rdjson-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A position (1-based line, code-point column) as a UTF-16 offset. */
function offsetOf(text: string, { line, column }: Position): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + [...text.slice(offset)].slice(0, column - 1).join('').length;
}

function apply(text: string, suggestions: Suggestion[]): string {
  const edits = suggestions.map((s) => ({ start: offsetOf(text, s.range.start), end: offsetOf(text, s.range.end), text: s.text })).sort((a, b) => b.start - a.start);
  return edits.reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}

describe('rdjson suggestions', () => {
  const site = path.join(work, 'demo');
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  const rdjson = JSON.parse(laiyuan(['check', '.', '--format', 'rdjson'], { cwd: site }).stdout) as { diagnostics: Diagnostic[] };
  const fixable = rdjson.diagnostics.filter((d) => d.suggestions);

  it('come with the fixable findings only (the attribution lines), not with reuse findings', () => {
    expect(fixable.length).toBeGreaterThanOrEqual(1);
    for (const d of fixable) expect(['nonstandard-attribution', 'missing-attribution']).toContain(d.code.value);
    expect(rdjson.diagnostics.filter((d) => d.code.value === 'unauthorized-reuse').every((d) => !d.suggestions)).toBe(true);
  });

  it('applied to each file, give the text --fix writes', () => {
    const before = new Map(fixable.map((d) => [d.location.path, readFileSync(path.join(site, d.location.path), 'utf8')]));
    const fixed = laiyuan(['check', '.', '--fix'], { cwd: site });
    expect(fixed.code).not.toBe(2);
    for (const [file, text] of before) {
      const suggestions = fixable.filter((d) => d.location.path === file).flatMap((d) => d.suggestions ?? []);
      expect(apply(text, suggestions), file).toBe(readFileSync(path.join(site, file), 'utf8'));
      expect(apply(text, suggestions)).not.toBe(text);
    }
  });
});
