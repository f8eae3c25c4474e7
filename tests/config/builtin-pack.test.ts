import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePack } from '../../src/core/config/pack.js';
import { builtinPackIds, loadPack } from '../../src/io/packs.js';
import { parseYaml } from '../../src/io/yaml-errors.js';
import { fixture } from '../helpers/docs.js';
import { REPO } from './expectations.js';

const notice = fixture('notices/cri.txt');
const packText = readFileSync(`${REPO}rules/cri.yaml`, 'utf8');

/** Every `quote:` of the pack file and every clause's text, with where it stands. */
function quotesOf(data: unknown, path = ''): [string, string][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => quotesOf(item, `${path}[${i}]`));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]): [string, string][] =>
    (key === 'quote' || (key === 'text' && path.startsWith('clauses'))) && typeof value === 'string'
      ? [[`${path}.${key}`, value]]
      : quotesOf(value, path ? `${path}.${key}` : key),
  );
}

describe('the built-in 国际在线 pack', () => {
  it('is listed among the built-in packs and loads', async () => {
    expect(builtinPackIds()).toContain('cri');
    const loaded = await loadPack('cri', '/nowhere');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const pack = loaded.value;
    expect(pack).toMatchObject({ id: 'cri', name: '国际在线', file: 'rules/cri.yaml' });
    expect(pack.publisher).toMatchObject({ owner: '中国国际广播电台', licensor: '国广国际在线网络(北京)有限公司', clause: 1 });
    expect(pack.publisher.aliases).toEqual(expect.arrayContaining(['国际在线网', 'CRI Online', 'CRI', 'cri.cn', '中国国际广播电台国际在线', '国际台']));
    expect(pack.publisher.suffixes).toEqual(expect.arrayContaining(['综合', '文', '体育']));
    expect(pack.attribution).toMatchObject({ required: '来源:国际在线', position: 'top', clause: 3 });
    expect(pack.attribution?.accepted).toEqual(['来源：国际在线', '来源: 国际在线']);
    expect(pack.ownContent?.markers).toEqual(['国际在线专稿', '国际在线消息', '国际在线{place}消息', '国际在线报道', '国际在线{place}报道']);
    expect(pack.restricted).toEqual({ actions: ['转载', '摘编', '复制', '其他方式使用'], clause: 2 });
    expect(pack.licensing).toEqual({ scopeClause: 3, agreementClause: 3 });
    expect(pack.thirdParty?.clause).toBe(4);
    expect(pack.contact).toEqual({ windowDays: 30, clause: 5 });
  });

  it('holds the five clauses of the notice word for word, clause 3 with its three paragraphs', async () => {
    const loaded = await loadPack('cri', '/nowhere');
    if (!loaded.ok) throw new Error('pack did not load');
    expect(loaded.value.clauses.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    for (const clause of loaded.value.clauses) expect(notice).toContain(`${clause.number}、${clause.quote}`);
    expect(loaded.value.clauses[2].quote.split('\n\n')).toHaveLength(3);
    expect(notice).toContain(loaded.value.notice.title);
  });

  it('quotes only words that stand verbatim in the notice', () => {
    const quotes = quotesOf(parse(packText));
    expect(quotes.map(([where]) => where)).toEqual(expect.arrayContaining(['publisher.quote', 'attribution.quote', 'licensing.agreement.quote', 'contact.quote', 'clauses[2].text']));
    expect(quotes).toHaveLength(9 + 5);
    for (const [where, quote] of quotes) expect(notice.includes(quote), `${where}: ${quote}`).toBe(true);
  });

  it('is refused when one of its quotes drifts from the notice (a full-width colon)', () => {
    const drifted = packText.replace('quote: 使用时应注明“来源:国际在线”', 'quote: 使用时应注明“来源：国际在线”');
    expect(drifted).not.toBe(packText);
    const parsed = parseYaml(drifted, 'rules/cri.yaml');
    if (!parsed.ok) throw new Error('the edit broke the YAML');
    const pack = resolvePack(parsed.value.data, 'rules/cri.yaml', parsed.value.locate);
    expect(pack.ok).toBe(false);
    if (pack.ok) return;
    const line = packText.split('\n').findIndex((l) => l.includes('quote: 使用时应注明')) + 1;
    expect(pack.errors).toEqual([
      { file: 'rules/cri.yaml', line, column: 10, path: 'attribution.quote', message: 'the quote is not the exact words of clause 3' },
    ]);
  });

  it('names the nearest built-in pack for a misspelt id', async () => {
    expect(await loadPack('crl', '/nowhere')).toEqual({ ok: false, errors: [{ file: 'crl', message: "unknown pack 'crl', did you mean 'cri'?" }] });
    const far = await loadPack('xinhua', '/nowhere');
    expect(far).toEqual({ ok: false, errors: [{ file: 'xinhua', message: `unknown pack 'xinhua' (expected one of ${builtinPackIds().join(', ')})` }] });
  });
});

describe('a pack read from a path', () => {
  it('loads relative to the root it is given', async () => {
    const loaded = await loadPack('packs/shili.yaml', `${REPO}fixtures/config`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.value).toMatchObject({ id: 'shili', name: '示例日报', file: 'fixtures/config/packs/shili.yaml' });
    expect(loaded.value.ownContent).toEqual({ markers: ['示例日报讯', '示例日报{place}电'], thirdPartyMarkers: ['转载自'], clause: 2 });
    expect(loaded.value.attribution?.topLines).toBe(4);
  });

  it('that does not exist is an error naming where it was looked for', async () => {
    const loaded = await loadPack('packs/新华社.yaml', `${REPO}fixtures/config`);
    expect(loaded).toEqual({ ok: false, errors: [{ file: 'fixtures/config/packs/新华社.yaml', message: 'pack file not found: fixtures/config/packs/新华社.yaml' }] });
  });
});
