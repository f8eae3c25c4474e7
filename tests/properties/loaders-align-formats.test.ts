// Property tests of the aligner, the config and pack loaders, and every formatter: whatever they
// are given, the aligner's runs are real matches inside both texts and mirror when the texts
// swap; the loaders answer with a value or one-line errors, never a throw; each format parses.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainRuns, seedRuns } from '../../src/core/match/align.js';
import { resolveConfig } from '../../src/core/config/config.js';
import { resolvePack } from '../../src/core/config/pack.js';
import { parseYaml } from '../../src/io/yaml-errors.js';
import { FORMAT_NAMES, formatters } from '../../src/formats/index.js';
import type { CheckResults } from '../../src/core/judge/types.js';
import { sampleOptions, sampleResults } from '../formats/sample-results.js';
import { parseXml } from '../formats/xml-parse.js';
import { REPO } from '../config/expectations.js';
import { anyUnits, hostileText } from './hostile-text.js';

/** Two texts over a small alphabet, so that they share runs, and every shared k-gram as a seed. */
const textPair = fc.tuple(fc.string({ unit: fc.constantFrom('国', '际', '在', '线', '吉', '林'), maxLength: 80 }), fc.string({ unit: fc.constantFrom('国', '际', '在', '线', '吉', '林'), maxLength: 80 }));
const K = 3;

/** Every seed pair, flat (doc, article, …), as seedRuns takes them. */
function seedsOf(doc: string, art: string): Uint32Array {
  const seeds: number[] = [];
  for (let p = 0; p + K <= doc.length; p++) {
    for (let q = 0; q + K <= art.length; q++) if (doc.slice(p, p + K) === art.slice(q, q + K)) seeds.push(p, q);
  }
  return Uint32Array.from(seeds);
}

describe('the aligner', () => {
  it('extends seeds to exact runs inside both texts, the same runs mirrored when the texts swap', () => {
    fc.assert(
      fc.property(textPair, ([doc, art]) => {
        const runs = seedRuns(doc, art, seedsOf(doc, art), K);
        for (const r of runs) {
          expect(0 <= r.ds && r.ds < r.de && r.de <= doc.length && 0 <= r.as && r.as < r.ae && r.ae <= art.length).toBe(true);
          expect(doc.slice(r.ds, r.de)).toBe(art.slice(r.as, r.ae));
        }
        const swapped = seedRuns(art, doc, seedsOf(art, doc), K).map((r) => `${r.as},${r.ae},${r.ds},${r.de}`);
        expect(new Set(swapped)).toEqual(new Set(runs.map((r) => `${r.ds},${r.de},${r.as},${r.ae}`)));
        for (const chain of chainRuns(runs, 1)) {
          chain.runs.forEach((r, i) => {
            if (i > 0) expect(r.ds >= chain.runs[i - 1].de && r.as >= chain.runs[i - 1].ae).toBe(true);
          });
          expect(chain.matched).toBe(chain.runs.reduce((n, r) => n + r.de - r.ds, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});

const CRI = readFileSync(`${REPO}rules/cri.yaml`, 'utf8');

/** YAML written carelessly: the built-in pack cut and spliced with hostile text. */
const yamlText = fc.oneof(
  hostileText(),
  fc.tuple(fc.nat(CRI.length), fc.nat(200), hostileText(8)).map(([at, cut, junk]) => CRI.slice(0, at) + junk + CRI.slice(at + cut)),
);

function expectOneLineErrors(loaded: { ok: boolean; errors?: Array<{ file: string; message: string }> }, file: string): void {
  if (loaded.ok) return;
  for (const e of loaded.errors ?? []) {
    expect(e.file).toBe(file);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n\s+at /);
  }
}

describe('the config and pack loaders', () => {
  it('answer any YAML text with a pack or config, or errors naming the file; never a throw', () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const parsed = parseYaml(text, 'p.yaml');
        expectOneLineErrors(parsed, 'p.yaml');
        if (!parsed.ok) return;
        expectOneLineErrors(resolvePack(parsed.value.data, 'p.yaml', parsed.value.locate), 'p.yaml');
        expectOneLineErrors(resolveConfig(parsed.value.data, 'p.yaml', '/site', parsed.value.locate), 'p.yaml');
      }),
      { numRuns: 300 },
    );
  });

  it('answer any value at all (wrong types everywhere) without a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectOneLineErrors(resolvePack(value, 'p.yaml'), 'p.yaml');
        expectOneLineErrors(resolveConfig(value, 'c.yaml', '/site'), 'c.yaml');
      }),
      { numRuns: 300 },
    );
  });
});

/** The sample results with every string a user's file can put there replaced by hostile text. */
const hostileResults = fc.tuple(hostileText(20), anyUnits(10), hostileText(20), fc.nat(100_000)).map(([a, b, c, n]): CheckResults => {
  const results = sampleResults();
  results.findings.forEach((f, i) => {
    f.file = `${a}${i}.md`;
    f.message = b + c;
    f.line = n + 1;
    f.attribution = { claimed: c, expected: b };
    if (f.document) f.document.title = a;
    if (f.source) f.source.title = c;
    for (const p of f.reuse?.passages ?? []) {
      p.text = c;
      p.sourceText = a + b;
    }
  });
  results.errors = [{ file: a + b, line: n, column: 1, message: c }];
  return results;
});

function expectParses(name: string, out: string): void {
  if (name === 'json' || name === 'sarif' || name === 'rdjson') JSON.parse(out);
  else if (name === 'junit' || name === 'checkstyle') parseXml(out, []);
  else if (name === 'github') for (const line of out.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) /);
  // hostile '<script>' and '<nav>' in file names and passages come out as text, never as markup
  else if (name === 'html') expect(count(out, '<script')).toBe(count(formatters.html(sampleResults(), sampleOptions()), '<script'));
}

function count(text: string, what: string): number {
  return text.split(what).length - 1;
}

describe.each(FORMAT_NAMES)('the %s formatter', (name) => {
  it('gives output that parses whatever the files held', () => {
    fc.assert(
      fc.property(hostileResults, (results) => {
        const out = formatters[name](results, { ...sampleOptions(), report: { checkedAt: '2025-06-01T00:00:00+08:00', sha256: {} } });
        expect(typeof out).toBe('string');
        expectParses(name, out);
      }),
      { numRuns: 60 },
    );
  });
});
