import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileNotice } from '../../src/core/config/notice/index.js';
import { laiyuan } from '../e2e/cli.js';
import { ARTICLE, reprint } from './shanhai-article.js';

// A notice that asks reprints for a credit and restricts nothing (转载请注明出处：X and a copyright
// line) allows a reprint with the credit: one crediting nobody is missing-attribution, said in the
// notice's words and with no word of a licence, as one crediting another outlet is wrong-source.
// A notice that also says 未经许可不得转载 asks a licence: unauthorized-reuse, as before.
const ONLY_CREDIT = '转载请注明出处：山海科技\n山海科技 2003-2024 版权所有\n';
const ALSO_FORBIDS = '本文为山海科技原创，未经许可不得转载，转载请注明出处。\n山海科技 2003-2024 版权所有\n';
// restricts mirroring only, and asks reprints for a credit: a reprint is allowed with it
const NO_MIRROR = '未经本站同意，严禁以任何形式建立镜像。如需转载，请务必注明出处：山海科技，并保留原文链接。\n';
// gives the form, with a full-width colon as editors write it
const GIVES_FORM = '转载请注明来源：山海科技\n山海科技 2003-2024 版权所有\n';

let dir = '';

interface Finding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  clause: { number: number };
}

function findings(notice: 'only-credit' | 'also-forbids' | 'no-mirror' | 'gives-form'): Finding[] {
  writeFileSync(path.join(dir, 'laiyuan.yaml'), `packs: [notices/${notice}.txt]\ncorpus:\n  ${notice}: [corpus/]\n`);
  const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).findings as Finding[];
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-credit-only-'));
  for (const sub of ['notices', 'corpus', 'content']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'notices/only-credit.txt'), ONLY_CREDIT);
  writeFileSync(path.join(dir, 'notices/also-forbids.txt'), ALSO_FORBIDS);
  writeFileSync(path.join(dir, 'notices/no-mirror.txt'), NO_MIRROR);
  writeFileSync(path.join(dir, 'notices/gives-form.txt'), GIVES_FORM);
  writeFileSync(path.join(dir, 'corpus/zhedieping.txt'), `${ARTICLE}\n`);
  writeFileSync(path.join(dir, 'content/credited.txt'), reprint('来源：山海科技'));
  writeFileSync(path.join(dir, 'content/uncredited.txt'), reprint(''));
  writeFileSync(path.join(dir, 'content/other.txt'), reprint('来源：江城晚报'));
});

describe('a notice that only asks for a credit (转载请注明出处：山海科技)', () => {
  it('an uncredited reprint is missing-attribution (clause 1, its words), a wrong credit wrong-source, a credited one nothing', () => {
    const found = findings('only-credit');
    expect(found.map((f) => `${f.file} ${f.ruleId} ${f.severity} ${f.clause.number}`).sort()).toEqual([
      'content/other.txt wrong-source error 1',
      'content/uncredited.txt missing-attribution error 1',
    ]);
    const missing = found.find((f) => f.ruleId === 'missing-attribution');
    expect(missing?.message).toBe('所用内容出自山海科技，其声明要求「转载请注明出处：山海科技」，但全文没有注明来源，应注明「来源:山海科技」');
    expect(missing?.message).not.toContain('授权');
  });

  it('rules show: missing-attribution runs, unauthorized-reuse does not (nothing is restricted)', () => {
    writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [notices/only-credit.txt]\ncorpus:\n  only-credit: [corpus/]\n');
    const run = laiyuan(['rules', 'show', 'only-credit'], { cwd: dir });
    expect(run.stdout).toContain('[rules: missing-attribution, wrong-source, nonstandard-attribution]');
    expect(run.stdout).toContain('unauthorized-reuse does not run for pack only-credit');
  });
});

describe('a notice that also forbids reprints without permission (未经许可不得转载，转载请注明出处)', () => {
  it('an unlicensed reprint, credited or not, is unauthorized-reuse, not missing-attribution', () => {
    const found = findings('also-forbids');
    expect(found.filter((f) => f.file !== 'content/other.txt').map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'content/credited.txt unauthorized-reuse',
      'content/uncredited.txt unauthorized-reuse',
    ]);
  });
});

describe('a notice that restricts mirroring and asks reprints for a credit (严禁建立镜像。如需转载，请务必注明出处)', () => {
  it('a credited reprint passes, an uncredited one is missing-attribution; neither is unauthorized-reuse (镜像了…)', () => {
    const found = findings('no-mirror');
    expect(found.map((f) => `${f.file} ${f.ruleId} ${f.clause.number}`).sort()).toEqual([
      'content/other.txt wrong-source 1',
      'content/uncredited.txt missing-attribution 1',
    ]);
    expect(found.find((f) => f.ruleId === 'missing-attribution')?.message).toBe('所用内容出自山海科技，其声明要求「如需转载，请务必注明出处：山海科技」，但全文没有注明来源，应注明「来源:山海科技」');
  });
});

describe('a notice that forbids 摘编 and asks reprints for a credit (不得摘编本站内容。如需转载，请务必注明来源)', () => {
  it('an uncredited excerpt is unauthorized-reuse (摘编 is restricted); a credited reprint passes', () => {
    const NO_EXCERPT = '未经本站书面授权，任何单位和个人不得摘编本站内容。如需转载，请务必注明来源：山海科技\n';
    writeFileSync(path.join(dir, 'notices/no-excerpt.txt'), NO_EXCERPT);
    mkdirSync(path.join(dir, 'excerpts'), { recursive: true });
    const [, , first, second] = ARTICLE.split('\n');
    const excerpt = `手机市场观察：折叠屏走向大众\n2024-05-22\n\n今年手机市场最大的变化之一，是折叠屏不再只是少数人的尝鲜之选。\n\n${first}\n\n${second}\n\n有分析人士认为，价格仍是决定折叠屏能否真正普及的关键，厂商之间的竞争将更多转向轻薄和耐用。\n`;
    writeFileSync(path.join(dir, 'excerpts/excerpt.txt'), excerpt);
    writeFileSync(path.join(dir, 'excerpts/credited.txt'), reprint('来源：山海科技'));
    writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [notices/no-excerpt.txt]\ncorpus:\n  no-excerpt: [corpus/]\n');
    const run = laiyuan(['check', 'excerpts', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const found = (JSON.parse(run.stdout) as { findings: Array<Finding & { reuse?: { kind: string } }> }).findings;
    expect(found.map((f) => `${f.file} ${f.ruleId} ${f.reuse?.kind}`)).toEqual(['excerpts/excerpt.txt unauthorized-reuse excerpt']);
  });
});

describe('a notice that gives the form (转载请注明来源：山海科技)', () => {
  it('来源：山海科技, written as the notice writes it, is the required form: no nonstandard-attribution', () => {
    expect(findings('gives-form').map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['content/other.txt wrong-source', 'content/uncredited.txt missing-attribution']);
    const compiled = compileNotice(GIVES_FORM, { id: 'shanhai' });
    expect(compiled.ok && compiled.value.data.attribution).toEqual({ clause: 1, quote: '转载请注明来源：山海科技', required: '来源:山海科技', accepted: ['来源：山海科技'] });
  });
});

describe('the common ways a notice asks for a credit compile to attribution, quoted as written', () => {
  // each: the notice, then the quote of its attribution term
  const FORMS: [string, string][] = [
    ['转载请注明出处：山海科技', '转载请注明出处：山海科技'],
    ['转载请注明来源：山海科技', '转载请注明来源：山海科技'],
    ['转载请标注来源：山海科技', '转载请标注来源：山海科技'],
    ['转载请注明：山海科技', '转载请注明：山海科技'],
    ['转载请注明来自山海科技', '转载请注明来自山海科技'],
    ['转载须注明来源“山海科技”。', '转载须注明来源“山海科技”'],
    ['转载本网作品请注明“山海科技”字样。', '转载本网作品请注明“山海科技”字样'],
    ['欢迎转载，转载请注明出处。山海科技版权所有', '欢迎转载，转载请注明出处'],
    ['如需转载，请注明出处。山海科技版权所有', '如需转载，请注明出处'],
    ['欢迎转载，注明出处即可。山海科技版权所有', '欢迎转载，注明出处即可'],
    ['本文为博主原创文章，转载请附上原文出处链接和本声明。山海科技版权所有', '转载请附上原文出处链接和本声明'],
  ];
  it.each(FORMS)('%s', (notice, quote) => {
    const compiled = compileNotice(notice, { id: 'shanhai' });
    if (!compiled.ok) throw new Error(compiled.error);
    const { data } = compiled.value;
    expect([data.name, (data.attribution as { quote: string }).quote, data.restricted]).toEqual(['山海科技', quote, undefined]);
  });
});
