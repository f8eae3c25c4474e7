import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/config/types.js';
import { loadPack } from '../../src/io/packs.js';
import { laiyuan } from '../e2e/cli.js';
import { criPack, ROOT } from '../helpers/corpus.js';

/** The clauses named under one pack's heading in `laiyuan explain` output. */
function clausesUnder(stdout: string, packHeading: string): number[] {
  const start = stdout.indexOf(packHeading);
  const rest = stdout.slice(start + packHeading.length);
  const end = rest.search(/\n {2}\S|\n\n/u);
  return [...rest.slice(0, end < 0 ? undefined : end).matchAll(/^ {4}Clause (\d+)$/gmu)].map((m) => Number(m[1]));
}

const lines = (pack: Pack, n: number) => pack.clauses.find((c) => c.number === n)!.quote.split('\n').filter((l) => l.trim() !== '');

let cri: Pack;
let empty: string;
beforeAll(async () => {
  cri = await criPack();
  empty = mkdtempSync(path.join(tmpdir(), 'laiyuan-explain-'));
});

describe('laiyuan explain (built CLI)', () => {
  it('wrong-source: description, the cri clauses word for word, examples and how to fix from the docs page, the link', () => {
    const run = laiyuan(['explain', 'wrong-source'], { cwd: empty });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out.split('\n').slice(0, 2)).toEqual(['wrong-source (error by default)', 'The credited source is not where the reused content comes from.']);
    expect(clausesUnder(out, '国际在线 (cri): 国际在线版权与信息产品内容销售的声明')).toEqual([3, 4]);
    for (const line of [...lines(cri, 3), ...lines(cri, 4)]) expect(out).toContain(`      ${line}\n`);
    expect(out).toContain('→ attribution: cite 「来源:国际在线」');
    expect(out).toContain('→ thirdParty:');
    const page = readFileSync(path.join(ROOT, 'docs/rules/wrong-source.md'), 'utf8');
    expect(out).toMatch(/\nExamples\n[\s\S]*\n {2}Failing:\n[\s\S]*\n {2}Passing:\n[\s\S]*\nHow to fix\n/u);
    expect(out).toContain('      2024-12-10 来源：新华网\n');
    expect(page).toContain('2024-12-10 来源：新华网');
    expect(out).not.toContain('```');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Docs: https://github.com/laiyuan-cli/laiyuan/blob/main/docs/rules/wrong-source.md');
  });

  it('quotes every pack of the config, each with its own clause numbers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-explain-'));
    cpSync(path.join(ROOT, 'fixtures/config/packs/shili.yaml'), path.join(dir, 'packs/shili.yaml'));
    writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs:\n  - cri\n  - ./packs/shili.yaml\nrules:\n  unauthorized-reuse: warning\n');
    const loaded = await loadPack('./packs/shili.yaml', dir);
    if (!loaded.ok) throw new Error('shili pack did not load');
    const shili = loaded.value;
    const run = laiyuan(['explain', 'unauthorized-reuse'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('unauthorized-reuse (error by default; warning in the config)');
    expect(clausesUnder(run.stdout, '国际在线 (cri):')).toEqual([2, 3]);
    expect(clausesUnder(run.stdout, '示例日报 (shili): 示例日报版权声明')).toEqual([2, 3]);
    for (const line of [...lines(shili, 2), ...lines(shili, 3)]) expect(run.stdout).toContain(line);
    expect(run.stdout).toContain('→ restricted: 转载、摘编 need written authorization');
  });

  it('the suppression rules enforce no clause, and explain how to write a directive', () => {
    const run = laiyuan(['explain', 'laiyuan-directive'], { cwd: empty });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Clauses it enforces\n  none: this rule checks laiyuan\'s own laiyuan-disable comments');
    expect(run.stdout).toContain('      <!-- laiyuan-disable-next-line wrong-source -->\n');
    expect(run.stdout).toMatch(/How to fix\n {2}在指令末尾用 ` -- ` 写上理由/u);
  });

  it('without a rule, lists every rule with its default severity', () => {
    const run = laiyuan(['explain'], { cwd: empty });
    expect(run.code).toBe(0);
    const ids = run.stdout.split('\n').slice(1).filter(Boolean).map((l) => l.trim().split(/\s+/u).slice(0, 2).join(' '));
    expect(ids).toEqual([
      'unauthorized-reuse error', 'out-of-scope error', 'missing-attribution error', 'wrong-source error',
      'nonstandard-attribution warning', 'predates-source info', 'commercial-reuse error', 'laiyuan-directive error', 'unused-disable-directive warning',
    ]);
  });

  it('an unknown rule: did-you-mean on one line, exit 2', () => {
    const typo = laiyuan(['explain', 'wrong-sorce'], { cwd: empty });
    expect(typo).toEqual({ code: 2, stdout: '', stderr: "laiyuan: unknown rule 'wrong-sorce', did you mean 'wrong-source'?\n" });
    const far = laiyuan(['explain', '来源'], { cwd: empty });
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/^laiyuan: unknown rule '来源' \(expected one of unauthorized-reuse, .*unused-disable-directive\)\n$/u);
  });
});
