// JSON Schema of a pack file (rules/*.yaml) as written, before it becomes a `Pack`.
// `x-expected` says in words what a `pattern` wants.
import { text, texts, USE_ACTIONS } from './common.js';

/**
 * One term of the notice: the clause it comes from, its words, and what laiyuan reads from them.
 * Only `id`, `name` and `clauses` are required of a pack: a notice that has no such term leaves
 * the key out, and the rules that need it do not run for that pack.
 */
function term(properties: Record<string, object>, required: string[] = [], cited = true): object {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...(cited ? ['clause', 'quote'] : []), ...required],
    properties: { clause: { type: 'integer', minimum: 1 }, quote: text, ...properties },
  };
}

const RESTRICTION = term({ actions: { type: 'array', minItems: 1, items: { enum: USE_ACTIONS } } }, ['actions']);

export const PACK_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'clauses'],
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', 'x-expected': 'an id of lower-case letters, digits and -' },
    name: text,
    notice: {
      type: 'object',
      additionalProperties: false,
      properties: { title: text, url: text },
    },
    publisher: term({ name: text, aliases: texts, suffixes: texts, owner: text, licensor: text }, [], false),
    attribution: term(
      {
        required: text,
        accepted: texts,
        position: { enum: ['top', 'anywhere'] },
        topChars: { type: 'integer', minimum: 1 },
        topLines: { type: 'integer', minimum: 1 },
      },
    ),
    ownContent: term({ markers: { ...texts, minItems: 1 } }, ['markers']),
    thirdPartyException: term({ markers: texts }, ['markers']),
    // one restriction, or a list of them when the notice states several, each cited for its own uses
    restricted: { if: { type: 'array' }, then: { type: 'array', minItems: 1, items: RESTRICTION }, else: RESTRICTION },
    licensing: {
      type: 'object',
      additionalProperties: false,
      properties: { scope: term({}), agreement: term({}) },
    },
    thirdParty: term({}),
    commercial: term({}),
    contact: term({ windowDays: { type: 'integer', minimum: 1 } }),
    clauses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'text'],
        properties: { number: { type: 'integer', minimum: 1 }, text },
      },
    },
  },
} as const;

/** The entries of a pack that cite a clause, by key path. */
export const PACK_TERMS = [
  ['publisher'],
  ['attribution'],
  ['ownContent'],
  ['thirdPartyException'],
  ['restricted'],
  ['licensing', 'scope'],
  ['licensing', 'agreement'],
  ['thirdParty'],
  ['commercial'],
  ['contact'],
] as const;
