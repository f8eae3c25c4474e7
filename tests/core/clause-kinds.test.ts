import { describe, expect, it } from 'vitest';
import { packEntries } from '../../src/core/config/pack-entries.js';
import { PACK_TERMS } from '../../src/core/config/schema/pack-schema.js';
import { notRunning } from '../../src/core/judge/rule-needs.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';

describe('the pack terms each rule enforces', () => {
  it.each(RULES.map((r) => [r.id, r.clauseKinds, r.needs] as const))('%s names only terms a pack file can have', (_id, kinds, needs) => {
    const terms = PACK_TERMS.map((t) => t.join('.'));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(terms).toContain(kind);
    for (const need of needs) expect(terms).toContain(need.replace(/\.(required|windowDays)$/u, ''));
  });

  it.each(RULES.filter((r) => r.id !== 'commercial-reuse').map((r) => [r.id, r] as const))('%s runs for cri and names only terms cri has', async (_id, rule) => {
    const pack = await criPack();
    const names = packEntries(pack).map((e) => e.name);
    expect(notRunning(rule, pack)).toBeUndefined();
    for (const kind of rule.clauseKinds) expect(names).toContain(kind);
  });

  it('commercial-reuse does not run for cri: 国际在线\'s notice has no commercial term', async () => {
    const rule = RULES.find((r) => r.id === 'commercial-reuse');
    if (!rule) throw new Error('no commercial-reuse rule');
    expect(notRunning(rule, await criPack())).toBe('commercial-reuse does not run for pack cri: the notice has no commercial-reuse clause (商业转载请联系作者获得授权)');
  });
});
