// Fixtures for where the credit stands and who published first (fixtures/structure): each file
// is checked without a licence and under a 转载 licence for 国际在线 (no path or date bounds), and
// gives exactly the findings its .expected.json lists, each at its line and column in the file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { ROOT } from '../helpers/corpus.js';
import { LICENCE, check } from './harness.js';

interface Expected {
  rule: string;
  severity: string;
  line: number;
  column: number;
  /** What stands in the file at the finding's line and column. */
  at: string;
  /** Words the message holds. */
  says?: string[];
}

interface Fixture {
  article: string;
  about: string;
  unlicensed: Expected[];
  licensed: Expected[];
}

const DIR = 'fixtures/structure';
const cases = readdirSync(path.join(ROOT, DIR))
  .filter((f) => /^[cd]\d\d-.*\.(txt|md|html)$/u.test(f))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(ROOT, DIR, `${name}.expected.json`), 'utf8')) as Fixture }));
const REPRINT = { ...LICENCE, paths: [], validFrom: undefined, validTo: undefined };

async function findingsOf(name: string, licensed: boolean): Promise<Finding[]> {
  const text = readFileSync(path.join(ROOT, DIR, name), 'utf8');
  return check(text, { licences: licensed ? [REPRINT] : [], path: `content/news/${name}`, fallbackDate: '2025-06-01' });
}

describe('fixtures/structure: credit position by structure, dates and predates-source', () => {
  it('has credit-position and date cases, positive and negative', () => {
    const names = cases.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('c')).length).toBeGreaterThanOrEqual(4);
    expect(names.filter((n) => n.startsWith('d')).length).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => c.expected.licensed.some((e) => e.rule === 'nonstandard-attribution'))).toBe(true);
    expect(cases.some((c) => c.expected.licensed.length === 0)).toBe(true);
    expect(cases.some((c) => c.expected.unlicensed.some((e) => e.rule === 'predates-source'))).toBe(true);
    expect(cases.some((c) => c.name.startsWith('d') && c.expected.unlicensed.every((e) => e.rule !== 'predates-source'))).toBe(true);
  });

  for (const { name, expected } of cases) {
    for (const licensed of [false, true]) {
      it(`${name} ${licensed ? 'under a 转载 licence' : 'without a licence'}: ${expected.about}`, async () => {
        const findings = await findingsOf(name, licensed);
        const want = licensed ? expected.licensed : expected.unlicensed;
        const key = (rule: string, severity: string, line: number, column: number) => `${rule} ${severity} ${line}:${column}`;
        expect(findings.map((f) => key(f.ruleId, f.severity, f.line, f.column)).sort()).toEqual(want.map((e) => key(e.rule, e.severity, e.line, e.column)).sort());
        const lines = readFileSync(path.join(ROOT, DIR, name), 'utf8').split('\n');
        for (const e of want) {
          const f = findings.find((x) => x.ruleId === e.rule && x.line === e.line)!;
          expect(lines[e.line - 1].slice(e.column - 1, e.column - 1 + e.at.length), `where ${e.rule} points`).toBe(e.at);
          expect(f.source?.articleId).toBe(expected.article);
          for (const words of e.says ?? []) expect(f.message).toContain(words);
        }
      });
    }
  }
});
