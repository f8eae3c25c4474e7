// YAML text to data, with syntax errors as `ConfigError`s and a way back from key paths to lines.
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Pair } from 'yaml';
import { LineIndex } from '../core/read/positions.js';
import { DUPLICATE_KEY, duplicateKeyOffsets } from '../core/read/yaml-keys.js';
import type { ConfigError, Loaded } from '../core/config/types.js';
import type { KeyPath, Locate, Target } from '../core/config/validation.js';

export interface ParsedYaml {
  data: unknown;
  locate: Locate;
}

/** Parses one YAML document; every syntax error comes back with its line and column. */
export function parseYaml(text: string, file: string): Loaded<ParsedYaml> {
  const source = text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(source);
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  const found = [
    ...doc.errors.map((e): [number, string] => [e.pos[0], e.message]),
    ...duplicateKeyOffsets(doc, { isScalar, visit }).map((pos): [number, string] => [pos, DUPLICATE_KEY]),
  ].sort((a, b) => a[0] - b[0]);
  if (found.length > 0 || !isMap(doc.contents)) {
    const colons = fullWidthColons(source, lines, file);
    if (colons.length > 0) return { ok: false, errors: colons };
  }
  if (found.length > 0) {
    // yaml may explain one mistake twice at the same place: keep its first words
    const seen = new Set<number>();
    const errors = found.flatMap(([pos, message]): ConfigError[] => {
      if (seen.has(pos)) return [];
      seen.add(pos);
      return [{ file, ...lines.position(pos), message: `YAML syntax error: ${message.split('\n')[0]}` }];
    });
    return { ok: false, errors };
  }
  const locate: Locate = (path, target) => {
    const offset = offsetOf(doc, path, target);
    return offset === undefined ? undefined : lines.position(offset);
  };
  const data = toData(doc);
  if (!data.ok) return { ok: false, errors: [{ file, ...lines.position(data.offset), message: data.message }] };
  return { ok: true, value: { data: data.value, locate } };
}

/**
 * A key typed with a Chinese input method ends in ： where YAML wants :, which yaml reports as some
 * other mistake (an implicit key, a document that is one string): such keys are the cause to name.
 */
const FULL_WIDTH_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]*：/gmu;

function fullWidthColons(source: string, lines: LineIndex, file: string): ConfigError[] {
  return [...source.matchAll(FULL_WIDTH_KEY)].map((m) => ({
    file,
    ...lines.position((m.index ?? 0) + m[0].length - 1),
    message: `full-width colon "：" after the key ${m[2]}: YAML needs an ASCII colon, write ${m[2]}:`,
  }));
}

/**
 * The document as plain data. yaml refuses to expand aliases past a bound (a few lines can stand
 * for millions of values) by throwing: that is the file's fault, so it is an error at its first alias.
 */
function toData(doc: Document): { ok: true; value: unknown } | { ok: false; offset: number; message: string } {
  try {
    return { ok: true, value: doc.toJS() };
  } catch {
    let offset = 0;
    visit(doc, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return { ok: false, offset, message: 'YAML aliases (*name) expand to too much data: write the values out instead' };
  }
}

/** Where the key, the value, or (for 'parent') the mapping holding the last key stands. */
function offsetOf(doc: Document, path: KeyPath, target: Target): number | undefined {
  if (target === 'parent') {
    const parent = path.slice(0, -1);
    if (parent.length === 0) return 0;
    return offsetOf(doc, parent, typeof parent[parent.length - 1] === 'string' ? 'key' : 'value');
  }
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    pair = undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      node = undefined;
    }
    if (node === undefined && !pair) return undefined;
  }
  const key = pair && isScalar(pair.key) ? pair.key : undefined;
  if (target === 'key' && key?.range) return key.range[0];
  return (isNode(node) ? node.range?.[0] : undefined) ?? key?.range?.[0];
}
