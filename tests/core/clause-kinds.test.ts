import { describe, expect, it } from 'vitest';
import { packEntries } from '../../src/core/config/pack-entries.js';
import { RULES } from '../../src/rules/index.js';
import { criPack } from '../helpers/corpus.js';

describe('the pack terms each rule enforces', () => {
  it.each(RULES.map((r) => [r.id, r.clauseKinds] as const))('%s names only terms the pack has', async (_id, kinds) => {
    const names = packEntries(await criPack()).map((e) => e.name);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(names).toContain(kind);
  });
});
