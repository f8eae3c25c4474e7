// The validation code compiled at build time (scripts/gen-validators.mjs) is that of today's schemas.
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/core/config/schema/compiled.js';
import { CONFIG_SCHEMA } from '../../src/core/config/schema/config-schema.js';
import { PACK_SCHEMA } from '../../src/core/config/schema/pack-schema.js';
import { schemaIssues } from '../../src/core/config/schema-issues.js';

describe('compiled schemas', () => {
  it('were compiled from the schemas as they are now (npm run build compiles them again)', () => {
    expect(JSON.parse(SOURCES.config)).toEqual(CONFIG_SCHEMA);
    expect(JSON.parse(SOURCES.pack)).toEqual(PACK_SCHEMA);
  });

  it('report a misspelt key and a wrong type as the schema says', () => {
    const issues = schemaIssues(CONFIG_SCHEMA, { corpos: { cri: ['corpus/'] }, match: { k: '8' }, index: { cri: 3 } });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['corpos', "unknown key 'corpos', did you mean 'corpus'?"],
      ['index.cri', 'expected a text, got 3'],
      ['match.k', "expected a whole number, got '8'"],
    ]);
  });
});
