import { describe, expect, it } from 'vitest';
import { compileNotice } from '../../src/core/config/notice/index.js';
import { resolvePack } from '../../src/core/config/pack.js';
import type { Pack } from '../../src/core/config/types.js';
import { criPack } from '../helpers/corpus.js';
import { fixture } from '../helpers/docs.js';

// The seed notice (国际在线's, fixtures/notices/cri.txt) compiled is the hand-written
// rules/cri.yaml, term by term: the same clause, the same words quoted (up to the full stop that
// ends a quoted sentence) and the same data. What cri.yaml adds beyond the notice's words is
// named here and left out of the comparison: the aliases a credit may use, the words it may write
// after the name (suffixes), the credit forms
// accepted as the required one, and where the credit must stand.
const BEYOND_THE_NOTICE = ['aliases', 'suffixes', 'accepted', 'position', 'topChars', 'topLines'];

async function both(): Promise<{ compiled: Pack; written: Pack }> {
  const result = compileNotice(fixture('notices/cri.txt'), { id: 'cri' });
  if (!result.ok) throw new Error(result.error);
  const loaded = resolvePack(result.value.data, 'fixtures/notices/cri.txt');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { compiled: loaded.value, written: await criPack() };
}

const without = (value: object | undefined) => Object.fromEntries(Object.entries(value ?? {}).filter(([k]) => !BEYOND_THE_NOTICE.includes(k)));
const unstop = (quote: string | undefined) => quote?.replace(/。$/u, '');

describe('the seed notice compiled is rules/cri.yaml', () => {
  it('has the same name, notice title and clauses, word for word', async () => {
    const { compiled, written } = await both();
    expect(compiled.name).toBe(written.name);
    expect(compiled.notice).toEqual(written.notice);
    expect(compiled.clauses).toEqual(written.clauses);
  });

  it.each(['publisher', 'attribution', 'ownContent', 'restricted', 'licensing', 'thirdParty', 'contact'] as const)('has the same %s term', async (term) => {
    const { compiled, written } = await both();
    expect(without(compiled[term])).toEqual(without(written[term]));
  });

  it('quotes the same words for every term', async () => {
    const { compiled, written } = await both();
    const terms = Object.keys(written.quotes ?? {});
    expect(terms).toHaveLength(9);
    for (const term of terms) expect(unstop(compiled.quotes?.[term]), term).toBe(unstop(written.quotes?.[term]));
  });

  it('runs the same rules', async () => {
    const { compiled, written } = await both();
    const { RULES } = await import('../../src/rules/index.js');
    const { notRunning } = await import('../../src/core/judge/rule-needs.js');
    expect(RULES.map((r) => notRunning(r, compiled))).toEqual(RULES.map((r) => notRunning(r, written)));
    expect(RULES.filter((r) => notRunning(r, written)).map((r) => r.id)).toEqual(['commercial-reuse']);
  });
});
