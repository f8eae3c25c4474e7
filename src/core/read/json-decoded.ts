import type { Escape, JsonNode } from './json-line.js';
import { writtenOut } from './written-out.js';

/**
 * A JSON line with each \uXXXX escape of a non-ASCII character (Python's json.dumps writes every
 * Chinese character so) replaced by that character: the same JSON, read as if written in UTF-8,
 * so that an escaped record reads exactly as the same record written plainly (an escape padded
 * to six columns would split 来源 into 来 and 源). `escaped`: see Document.escaped; undefined when
 * the line has no such escape. Escapes of ASCII (\n, \", \u0022) stay: they would change the lines
 * or the JSON.
 */
export function decodedLine(source: string, record: JsonNode): { line: string; escaped: number[] } | undefined {
  const out = writtenOut(source, escapesOf(record).filter(isWide));
  return out && { line: out.text, escaped: out.escaped };
}

/** A character not in ASCII, not half of a surrogate pair written alone. */
function isWide(e: Escape): boolean {
  const c = e.value.charCodeAt(0);
  return c >= 0x80 && (e.value.length === 2 || c < 0xd800 || c > 0xdfff);
}

/** The escapes of every string value in the record, in order. */
function escapesOf(node: JsonNode): Escape[] {
  if (node.kind === 'string') return node.escapes;
  if (node.kind === 'object') return node.entries.flatMap((e) => escapesOf(e.value));
  if (node.kind === 'array') return node.items.flatMap(escapesOf);
  return [];
}
