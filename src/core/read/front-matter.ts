import type { Node } from 'yaml';
import { FRONT_MATTER_OPEN } from './front-matter-fence.js';
import { yamlParser } from './parsers.js';
import { LineIndex } from './positions.js';
import type { FileError } from './types.js';
import type { Span } from '../shared/types.js';
import { emptyFields, fieldOf, setField, trimSpan, type FieldSet } from './fields.js';
import { splitLines } from '../shared/lines.js';
import { DUPLICATE_KEY, duplicateKeyOffsets } from './yaml-keys.js';

export interface FrontMatter extends FieldSet {
  /** The whole block, fences included, with the line break after it. */
  span: Span;
  errors: FileError[];
}

const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** YAML front matter at the very start of a Markdown file, if there is one. */
export function readFrontMatter(raw: string, path: string): FrontMatter | undefined {
  const open = FRONT_MATTER_OPEN.exec(raw);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  const close = splitLines(raw).find((l) => l.start >= bodyStart && CLOSE.test(raw.slice(l.start, l.end)));
  if (!close) return undefined;
  const source = raw.slice(bodyStart, close.start);
  const yaml = yamlParser();
  const { isMap, isScalar, isNode } = yaml;
  const doc = yaml.parseDocument(source, { uniqueKeys: false });
  const index = new LineIndex(raw);
  const error = (pos: number, message: string): FileError => ({
    file: path,
    ...index.position(bodyStart + pos),
    message: `front matter is not valid YAML: ${message.split('\n')[0]}. Fix the YAML between the '---' lines.`,
  });
  const errors = [
    ...doc.errors.map((e): [number, string] => [e.pos[0], e.message]),
    ...duplicateKeyOffsets(doc, yaml).map((pos): [number, string] => [pos, DUPLICATE_KEY]),
  ]
    .sort((a, b) => a[0] - b[0])
    .map(([pos, message]) => error(pos, message));
  const set = emptyFields();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      const field = isScalar(item.key) ? fieldOf(String(item.key.value)) : undefined;
      if (field && isNode(item.value)) readValue(set, field, item.value, source, bodyStart);
    }
  }
  return { span: { start: 0, end: close.next }, errors, ...set };
}

function readValue(set: FieldSet, field: keyof FieldSet['fields'], node: Node, source: string, offset: number): void {
  if (!node.range) return;
  const [start, end] = node.range;
  let value: string | undefined;
  let span = trimSpan(source, start, end);
  const { isScalar, isSeq } = yamlParser();
  if (isScalar(node) && node.value !== null) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    if (quoted) span = { start: span.start + 1, end: span.end - 1 };
    value = node.type === 'PLAIN' ? source.slice(span.start, span.end) : String(node.value).trim();
  } else if (isSeq(node)) {
    value = node.items.flatMap((i) => (isScalar(i) && i.value !== null ? [String(i.value)] : [])).join('、');
  }
  if (value !== undefined) setField(set, field, value, { start: span.start + offset, end: span.end + offset });
}
