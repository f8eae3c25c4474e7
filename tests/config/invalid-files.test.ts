import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/io/config.js';
import { loadPack } from '../../src/io/packs.js';
import { asExpectation, expectedErrors, fixtureFiles, REPO } from './expectations.js';

// Each fixture under fixtures/config/invalid*/ lists the errors it must produce as `# expect:` lines.

describe('invalid configs report every error with its line and column', () => {
  for (const file of fixtureFiles('invalid')) {
    it(file, async () => {
      const expected = expectedErrors(file);
      expect(expected.length).toBeGreaterThan(0);
      const loaded = await loadConfig({ cwd: REPO, configPath: file });
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.errors.map(asExpectation)).toEqual(expected);
      expect(new Set(loaded.errors.map((e) => e.file))).toEqual(new Set([file]));
    });
  }
});

describe('invalid packs report every error with its line and column', () => {
  for (const file of fixtureFiles('invalid-packs')) {
    it(file, async () => {
      const expected = expectedErrors(file);
      expect(expected.length).toBeGreaterThan(0);
      const loaded = await loadPack(file, REPO);
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.errors.map(asExpectation)).toEqual(expected);
      expect(new Set(loaded.errors.map((e) => e.file))).toEqual(new Set([file]));
    });
  }
});

describe('several mistakes in one file', () => {
  it('are all reported at once, in file order', async () => {
    const loaded = await loadConfig({ cwd: REPO, configPath: 'fixtures/config/invalid/several.yaml' });
    if (loaded.ok) throw new Error('expected errors');
    expect(loaded.errors).toHaveLength(5);
    const lines = loaded.errors.map((e) => e.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(loaded.errors.map((e) => e.path)).toEqual([
      'licences[0].actions[1]',
      'licences[0].validFrom',
      'licences[0].pathes',
      'rules.out-of-scope',
      'match.minPassage',
    ]);
  });
});
