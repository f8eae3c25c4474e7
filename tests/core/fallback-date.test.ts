import { describe, expect, it } from 'vitest';
import { checkDocument, type Project } from '../../src/core/judge/check-document.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import type { Licence } from '../../src/core/config/types.js';
import { RULES } from '../../src/rules/index.js';
import { criCorpus } from '../helpers/corpus.js';
import { documentOf, LICENCE, lines, paragraphs } from '../rules/harness.js';

// The fallback date of an undated document may cost a git call per file: it is asked only
// when a licence has dates to hold the document against, and then once.
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const UNDATED = lines('“梨树模式”推广面积超过3000万亩', '来源:国际在线', '', ...LISHU);

async function asked(licences: Licence[]): Promise<number> {
  const { pack, index } = await criCorpus();
  const project: Project = {
    config: { root: '/site', packs: ['cri'], corpus: {}, licences, include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
    packs: [pack],
    indexes: new Map([['cri', index]]),
    rules: RULES,
  };
  let calls = 0;
  const path = 'content/licensed/lishu.txt';
  const { findings } = checkDocument(documentOf(UNDATED, path), project, { relativePath: path, fallbackDate: () => (calls++, '2025-06-01') });
  expect(findings.length).toBeGreaterThanOrEqual(licences.length === 0 ? 1 : 0);
  return calls;
}

describe('the fallback date of an undated document', () => {
  it('is not asked without licences', async () => expect(await asked([])).toBe(0));
  it('is not asked of a licence without dates', async () => expect(await asked([{ ...LICENCE, validFrom: undefined, validTo: undefined }])).toBe(0));
  it('is asked once when a licence has dates', async () => expect(await asked([LICENCE, { ...LICENCE, agreement: 'CRI-2025-002' }])).toBe(1));
});

describe('a date that does not exist', () => {
  it('in front matter is not the document\'s date: the fallback is asked', async () => {
    const { pack, index } = await criCorpus();
    const project: Project = {
      config: { root: '/site', packs: ['cri'], corpus: {}, licences: [LICENCE], include: [], ignore: [], rules: {}, match: DEFAULT_MATCH, commercial: false },
      packs: [pack],
      indexes: new Map([['cri', index]]),
      rules: RULES,
    };
    const path = 'content/licensed/lishu.md';
    const text = `---\ndate: 2024-02-30\n---\n${UNDATED}`;
    let calls = 0;
    const { findings } = checkDocument(documentOf(text, path), project, { relativePath: path, fallbackDate: () => (calls++, '2027-06-01') });
    expect(calls).toBe(1);
    expect(findings.map((f) => f.ruleId)).toContain('out-of-scope');
  });
});
