import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNotice } from '../../src/core/config/notice/index.js';
import { resolvePack } from '../../src/core/config/pack.js';
import { REPO } from '../config/expectations.js';

// Each notice written for the project in fixtures/notices/ (one per style a Chinese news site
// uses) stands beside <name>.expected.json: the publisher's name given with --name (if any),
// the pack terms it must compile to, and every sentence with the kinds of term it maps to.
const DIR = `${REPO}fixtures/notices/`;
const NOTICES = readdirSync(DIR).filter((f) => f.endsWith('.txt') && readdirSync(DIR).includes(f.replace(/\.txt$/u, '.expected.json')));

interface Expected {
  name?: string;
  pack: Record<string, unknown>;
  sentences: [number, string, string][];
}

describe('notices of every style compile to their expected packs', () => {
  it('has at least 15 of them', () => {
    expect(NOTICES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(NOTICES)('%s', (file) => {
    const text = readFileSync(`${DIR}${file}`, 'utf8');
    const expected = JSON.parse(readFileSync(`${DIR}${file.replace(/\.txt$/u, '.expected.json')}`, 'utf8')) as Expected;
    const compiled = compileNotice(text, { id: 'test', ...(expected.name ? { name: expected.name } : {}) });
    if (!compiled.ok) throw new Error(compiled.error);
    const { id, clauses, ...pack } = compiled.value.data;
    expect(id).toBe('test');
    expect(pack).toEqual(expected.pack);
    expect(compiled.value.sentences.map((s) => [s.clause, s.kinds.join(', ') || 'unrecognised', s.text])).toEqual(expected.sentences);
    // nothing is dropped: every sentence stands in a clause, word for word, and the pack loads
    const clauseTexts = (clauses as { text: string }[]).map((c) => c.text).join('\n');
    for (const [, , sentence] of expected.sentences) expect(clauseTexts).toContain(sentence);
    const loaded = resolvePack(compiled.value.data, file);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });
});

describe('what a notice does not say, the pack does not have', () => {
  it('a one-line exclusive notice has no window, licensor, credit form or third-party clause', () => {
    const compiled = compileNotice('本文系南江日报独家稿件，未经授权，不得转载。', { id: 'nanjiang' });
    if (!compiled.ok) throw new Error(compiled.error);
    expect(Object.keys(compiled.value.data)).toEqual(['id', 'name', 'ownContent', 'restricted', 'clauses']);
  });

  it('a notice that names nobody needs --name, said in one line', () => {
    expect(compileNotice('未经授权，不得转载。', { id: 'x' })).toEqual({ ok: false, error: "the notice does not say whose it is: give the publisher's name with --name" });
    expect(compileNotice('  \n# only a comment\n', { id: 'x' })).toEqual({ ok: false, error: 'the notice has no text' });
  });

  it.each([
    ['远山科技（远山传媒旗下媒体）·2001-2024 版权所有', '远山科技', undefined],
    ['晓风新闻，未经授权不得转载', '晓风新闻', undefined],
    ['Copyright©清河网 清河在线信息服务有限公司 All Rights Reserved 版权所有 复制必究', '清河网', '清河在线信息服务有限公司'],
  ])('reads whose a footer is: %s', (notice, name, licensor) => {
    const compiled = compileNotice(notice, { id: 'x' });
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.value.data.name).toBe(name);
    expect((compiled.value.data.publisher as { licensor?: string } | undefined)?.licensor).toBe(licensor);
  });

  it('a channel\'s notice is read as its site\'s (人民网-文化频道 → 人民网)', () => {
    const compiled = compileNotice('示例网-文化频道版权所有，未经书面授权禁止转载。', { id: 'x' });
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.value.data.name).toBe('示例网');
  });
});
