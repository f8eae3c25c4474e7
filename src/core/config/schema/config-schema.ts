// JSON Schema of laiyuan.yaml. `x-unknown` names what an unknown key is ('key' when absent);
// `x-missing` says, by required key, what to write when it is left out.
import { RULE_IDS, RULE_SETTINGS } from '../rule-ids.js';
import { text, texts, USE_ACTIONS } from './common.js';

const share = { type: 'number', exclusiveMinimum: 0, maximum: 1 } as const;
const count = { type: 'integer', minimum: 1 } as const;

const licence = {
  type: 'object',
  additionalProperties: false,
  required: ['publisher', 'licensee', 'actions'],
  'x-missing': {
    publisher: 'add publisher: with the id of the pack of the publisher granting it (publisher: cri)',
    licensee: 'add licensee: with the site or company the licence is granted to (licensee: 示例新闻网)',
    actions: `add actions: with the uses it grants (actions: [转载]; any of ${USE_ACTIONS.join(' ')})`,
  },
  properties: {
    publisher: text,
    licensee: text,
    actions: { type: 'array', minItems: 1, items: { enum: USE_ACTIONS } },
    validFrom: text,
    validTo: text,
    paths: texts,
    agreement: text,
  },
} as const;

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    packs: texts,
    corpus: { type: 'object', additionalProperties: texts },
    index: { type: 'object', additionalProperties: text },
    licences: { type: 'array', items: licence },
    include: texts,
    ignore: texts,
    commercial: { type: 'boolean' },
    rules: {
      type: 'object',
      'x-unknown': 'rule',
      additionalProperties: false,
      properties: Object.fromEntries(RULE_IDS.map((id) => [id, { enum: [...RULE_SETTINGS] }])),
    },
    match: {
      type: 'object',
      additionalProperties: false,
      properties: {
        k: count,
        window: count,
        minPassage: count,
        reprintShare: share,
        editedSimilarity: share,
        editedShare: share,
        minSentences: count,
        minSentenceChars: count,
        sentenceSimilarity: share,
        boilerplateShare: share,
        maxPostings: { ...count, maximum: 1_000_000_000 },
      },
    },
  },
} as const;
