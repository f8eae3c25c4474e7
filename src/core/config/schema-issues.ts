// Schema errors of a config or a pack as `Issue`s (validation.ts), from the validators compiled
// at build time: apart from validation.ts's helpers, so that a run that checks no config or pack
// (one kept by --cache, see io/config-kept.ts) loads none of the compiled code.
import type { ErrorObject } from 'ajv';
import * as compiled from './schema/compiled.js';
import { CONFIG_SCHEMA } from './schema/config-schema.js';
import { PACK_SCHEMA } from './schema/pack-schema.js';
import { isRecord, suggestion, unknownName, valueAt, type Issue } from './validation.js';

/** A schema's validation code, compiled at build time (scripts/gen-validators.mjs). */
interface Compiled {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const COMPILED = new Map<object, { validate: Compiled; source: string; name: string }>([
  [CONFIG_SCHEMA, { validate: compiled.config as Compiled, source: compiled.SOURCES.config, name: 'config' }],
  [PACK_SCHEMA, { validate: compiled.pack as Compiled, source: compiled.SOURCES.pack, name: 'pack' }],
]);
const current = new WeakSet<object>();

/** Every way `data` breaks `schema` (the config's or a pack's). */
export function schemaIssues(schema: object, data: unknown): Issue[] {
  const entry = COMPILED.get(schema);
  if (!entry) throw new Error('schemaIssues knows the config and pack schemas only');
  if (!current.has(schema)) {
    if (JSON.stringify(schema) !== entry.source) throw new Error(`the compiled ${entry.name} schema is out of date: run npm run build`);
    current.add(schema);
  }
  const { validate } = entry;
  if (validate(data)) return [];
  // a restriction given as a list or as one mapping (if/then/else) is judged by its branch's own errors
  return (validate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => issueOf(error, data));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a mapping of keys to values',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function issueOf(error: ErrorObject, root: unknown): Issue {
  const path = pointerPath(error.instancePath, root);
  const schema: Record<string, unknown> = isRecord(error.parentSchema) ? error.parentSchema : {};
  const params: Record<string, unknown> = error.params;
  const got = describe(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(isRecord(schema.properties) ? schema.properties : {});
      const noun = typeof schema['x-unknown'] === 'string' ? schema['x-unknown'] : 'key';
      return { path: [...path, name], target: 'key', message: unknownName(noun, name, allowed) };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const hints = isRecord(schema['x-missing']) ? schema['x-missing'] : {};
      const hint = typeof hints[key] === 'string' ? `: ${hints[key]}` : '';
      return { path: [...path, key], target: 'parent', message: `missing required key '${key}'${hint}` };
    }
    case 'type':
      return { path, target: 'value', message: `expected ${TYPE_WORDS[String(params.type)] ?? String(params.type)}, got ${got}${path.length === 0 ? notFileOf(schema, error.data) : ''}` };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(String) : [];
      return { path, target: 'value', message: `expected one of ${allowed.join(', ')}, got ${got}${suggestion(String(error.data), allowed)}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, target: 'value', message: `expected a number ${String(params.comparison)} ${String(params.limit)}, got ${got}` };
    case 'minItems':
      return { path, target: 'value', message: `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, got ${Array.isArray(error.data) ? error.data.length : 0}` };
    case 'minLength':
      return { path, target: 'value', message: 'expected a non-empty text' };
    case 'pattern': {
      const expected = typeof schema['x-expected'] === 'string' ? schema['x-expected'] : `a text matching ${String(params.pattern)}`;
      return { path, target: 'value', message: `expected ${expected}, got ${got}` };
    }
    default:
      return { path, target: 'value', message: error.message ?? `breaks the ${error.keyword} rule` };
  }
}

function pointerPath(pointer: string, root: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let current = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(current) ? Number(key) : key;
    path.push(segment);
    current = valueAt(current, [segment]);
  }
  return path;
}

/**
 * What a file that is no mapping at all is not (an article passed to -c by mistake), or, for a
 * list (its keys written `- packs: [cri]`), what it should look like.
 */
function notFileOf(schema: Record<string, unknown>, data: unknown): string {
  const properties = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  const config = properties.includes('packs');
  if (Array.isArray(data)) {
    const shape = config ? 'a laiyuan config is a mapping (packs: [cri], corpus:, licences:' : 'a pack file is a mapping (id:, name:, clauses:';
    return `: ${shape} …), each key at the start of its line with no '- ' before it`;
  }
  if (typeof data !== 'string') return '';
  return config ? ': this is not a laiyuan config; give the laiyuan.yaml (keys such as packs:, corpus:)' : ': this is not a pack file; give a pack\'s YAML (keys such as id:, name:, clauses:)';
}

/** Quoted text at most this long: a whole file given as a config is no message. */
const QUOTED = 40;

/** A text quoted in a one-line message: its start, line breaks and control characters escaped, and its length if cut. */
function quoted(text: string): string {
  const chars = [...text];
  const shown = chars.slice(0, QUOTED).map((ch) => (/[\p{Cc}\p{Co}\p{Cs}\u{fffd}\u{2028}\u{2029}]/u.test(ch) ? escaped(ch) : ch)).join('');
  return chars.length > QUOTED ? `'${shown}…' (${chars.length} characters)` : `'${shown}'`;
}

function escaped(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
